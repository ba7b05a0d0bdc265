/**
 * Turns ajv's errors for a config into the one message a user needs: the most specific problem,
 * with its key path and what was expected there.
 */

import type { AnySchemaObject, ErrorObject } from 'ajv';
import { RULE_IDS } from '../lint/types.js';
import { closestMatch, type KeyPath } from './errors.js';

export interface SchemaProblem {
  path: KeyPath;
  problem: string;
}

interface Candidate {
  error: ErrorObject;
  path: (string | number)[];
}

/** Lower ranks win among errors at the same depth: an unknown key explains a missing one, and both beat a type mismatch. */
const KEYWORD_RANK: Record<string, number> = { additionalProperties: 0, required: 1, type: 3, anyOf: 4 };
const OTHER_RANK = 2;

/**
 * Picks the deepest error (ties: by keyword rank, then ajv's order). An `anyOf` stands for the
 * `type` errors of its own branches, so `files: 3` reads "expected a glob or an array of globs"
 * rather than "expected a string".
 */
export function describeSchemaErrors(errors: readonly ErrorObject[], data: unknown, root: AnySchemaObject): SchemaProblem {
  const candidates = errors.map((error) => ({ error, path: errorPath(error, data) }));
  const depth = Math.max(...candidates.map((candidate) => candidate.path.length));
  const deepest = candidates.filter((candidate) => candidate.path.length === depth);
  const rank = (candidate: Candidate): number => KEYWORD_RANK[candidate.error.keyword] ?? OTHER_RANK;
  const best = deepest.reduce((a, b) => (rank(b) < rank(a) ? b : a));
  const chosen =
    best.error.keyword === 'type' ? (deepest.find((candidate) => candidate.error.keyword === 'anyOf') ?? best) : best;
  return { path: chosen.path, problem: problemText(chosen.error, root) };
}

/** The key path of the value an error concerns (for an unknown or missing key: that key). */
function errorPath(error: ErrorObject, data: unknown): (string | number)[] {
  const path: (string | number)[] = [];
  let value: unknown = data;
  for (const raw of error.instancePath.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const segment = Array.isArray(value) ? Number(key) : key;
    path.push(segment);
    value = (value as Record<string | number, unknown> | undefined)?.[segment];
  }
  if (error.keyword === 'additionalProperties') path.push(String(error.params['additionalProperty']));
  if (error.keyword === 'required') path.push(String(error.params['missingProperty']));
  return path;
}

function problemText(error: ErrorObject, root: AnySchemaObject): string {
  const schema = error.parentSchema ?? {};
  if (error.keyword === 'additionalProperties') {
    const key = String(error.params['additionalProperty']);
    const known = Object.keys((schema['properties'] ?? {}) as object).filter((name) => name !== '$schema');
    const noun = isRuleTable(known) ? 'rule' : 'key';
    if (known.length === 0) {
      // An object that takes no key says so in its description: "This rule takes no options."
      const said = typeof schema['description'] === 'string' ? lowerFirst(schema['description']).replace(/\.$/u, '') : 'none is known';
      return `unknown ${noun} (${said})`;
    }
    const suggestion = closestMatch(key, known);
    return suggestion === undefined
      ? `unknown ${noun} (known: ${known.join(', ')})`
      : `unknown ${noun} (did you mean "${suggestion}"?)`;
  }
  if (error.keyword === 'required') {
    const property = ((schema['properties'] ?? {}) as Record<string, AnySchemaObject>)[String(error.params['missingProperty'])];
    return `missing (${property === undefined ? 'required' : expectation(property, root)})`;
  }
  return `${expectation(schema, root)}, got ${shown(error.data)}`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function isRuleTable(keys: readonly string[]): boolean {
  return keys.length === RULE_IDS.length && RULE_IDS.every((id) => keys.includes(id));
}

/** "expected …": the node's own `errorMessage`, else a description built from its keywords. */
function expectation(schema: AnySchemaObject, root: AnySchemaObject): string {
  const node = resolveRef(schema, root);
  return typeof node['errorMessage'] === 'string' ? node['errorMessage'] : `expected ${describe(node, root)}`;
}

function resolveRef(schema: AnySchemaObject, root: AnySchemaObject): AnySchemaObject {
  const ref = schema['$ref'];
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return schema;
  let node: unknown = root;
  for (const key of ref.slice(2).split('/')) node = (node as Record<string, unknown>)[key];
  return resolveRef(node as AnySchemaObject, root);
}

function describe(schema: AnySchemaObject, root: AnySchemaObject): string {
  const node = resolveRef(schema, root);
  if (Array.isArray(node['enum'])) return orList(node['enum'].map((value) => JSON.stringify(value)));
  const branches = (node['anyOf'] ?? node['oneOf']) as AnySchemaObject[] | undefined;
  if (branches !== undefined) return orList(branches.map((branch) => describe(branch, root)));
  const types = ([] as string[]).concat((node['type'] ?? []) as string | string[]);
  return orList(types.map((type) => describeType(type, node, root)));
}

function describeType(type: string, node: AnySchemaObject, root: AnySchemaObject): string {
  switch (type) {
    case 'string':
      return node['minLength'] === undefined ? 'a string' : 'a non-empty string';
    case 'integer':
      return node['minimum'] === undefined ? 'an integer' : `an integer of at least ${String(node['minimum'])}`;
    case 'boolean':
      return 'true or false';
    case 'array': {
      const items = node['items'] === undefined ? undefined : resolveRef(node['items'] as AnySchemaObject, root);
      const itemType = items?.['type'];
      const of = typeof itemType === 'string' ? ` of ${itemType}s` : '';
      return node['minItems'] === undefined ? `an array${of}` : `a non-empty array${of}`;
    }
    case 'object':
      return 'an object';
    default:
      return type;
  }
}

function orList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? 'something else';
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** A config value as a message shows it: strings quoted, containers by kind. */
export function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object' && value !== null) return 'an object';
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
