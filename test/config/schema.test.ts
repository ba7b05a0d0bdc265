import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { packageRoot } from '../../src/config/package-root.js';
import { configJsonSchemaPath, configValidator } from '../../src/config/validate.js';
import { RULE_IDS } from '../../src/lint/types.js';

type Node = Record<string, unknown>;
const schema = JSON.parse(readFileSync(configJsonSchemaPath(), 'utf8')) as Node;

/** Every property schema in the file, with its key path, for the editor-completion checks. */
function properties(node: Node, path: string): { path: string; node: Node }[] {
  const found: { path: string; node: Node }[] = [];
  for (const [key, child] of Object.entries((node['properties'] ?? {}) as Record<string, Node>)) {
    found.push({ path: `${path}.${key}`, node: child }, ...properties(child, `${path}.${key}`));
  }
  return found;
}

function resolve(node: Node): Node {
  const ref = node['$ref'];
  if (typeof ref !== 'string') return node;
  const name = ref.replace('#/definitions/', '');
  return { ...resolve((schema['definitions'] as Record<string, Node>)[name]!), ...node };
}

describe('schema/guidelintrc.schema.json', () => {
  it('is a valid draft-07 schema', () => {
    const ajv = new Ajv({ strict: false });
    expect(ajv.validateSchema(schema)).toBe(true);
    expect(schema['$schema']).toBe('http://json-schema.org/draft-07/schema#');
  });

  it('gives every property a title and a description, and closes every object', () => {
    const all = [
      ...properties(schema, ''),
      ...Object.entries(schema['definitions'] as Record<string, Node>).flatMap(([name, node]) => [
        { path: `#${name}`, node },
        ...properties(node, `#${name}`),
        ...((node['anyOf'] ?? []) as Node[]).flatMap((branch, i) => properties(branch, `#${name}/${i}`)),
      ]),
    ];
    const untitled = all.filter(({ node }) => {
      const full = resolve(node);
      return typeof full['title'] !== 'string' || typeof full['description'] !== 'string';
    });
    expect(untitled.map(({ path }) => path)).toEqual([]);
    const open = all.filter(({ node }) => node['type'] === 'object' && node['properties'] !== undefined && node['additionalProperties'] !== false);
    expect(open.map(({ path }) => path)).toEqual([]);
    expect(schema['additionalProperties']).toBe(false);
  });

  it('lists exactly the rule ids of src/lint/types.ts', () => {
    const rules = (schema['definitions'] as Record<string, Node>)['rules']!;
    expect(Object.keys(rules['properties'] as Node)).toEqual([...RULE_IDS]);
  });

  it('is what the committed validator was generated from', () => {
    const check = spawnSync(process.execPath, ['scripts/config-validator.mjs', '--check'], { cwd: packageRoot(), encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });

  it('the generated validator accepts a full config', () => {
    expect(
      configValidator({
        $schema: './schema.json',
        templates: { adr: 'adr.md', rfc: { path: 'rfc.md', rules: { title: 0 }, sections: { 'Step {n}': { min: 2, max: null } } } },
        documents: [{ files: ['a/*.md'], template: 'adr' }],
        rules: { 'code-block': 'off' },
        ignore: ['x/**'],
        detect: true,
      }),
    ).toBe(true);
  });
});
