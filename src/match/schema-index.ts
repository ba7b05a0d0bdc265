/**
 * The per-schema data the matcher needs, built once per schema and cached: every section rule in
 * template order with its siblings and parent, and the compiled RegExps of the schema's patterns.
 */

import type { GuideSchema, SectionRule, TextPattern } from '../template/schema.js';
import { compilePattern } from '../template/text.js';

const compiledPatterns = new WeakMap<TextPattern, RegExp>();

/**
 * The RegExp of a schema pattern (a section, title, task item or label), compiled on first use and
 * kept with the schema object it belongs to, so no document compiles it again.
 */
export function regexOf(pattern: TextPattern): RegExp {
  let regex = compiledPatterns.get(pattern);
  if (!regex) {
    regex = compilePattern(pattern.pattern);
    compiledPatterns.set(pattern, regex);
  }
  return regex;
}

export interface SchemaIndex {
  /** Every section rule, depth-first in template order. */
  rules: readonly SectionRule[];
  /** The list a rule belongs to: its parent's children, or the schema's top-level sections. */
  siblingsOf(rule: SectionRule): readonly SectionRule[];
  /** The rule's parent, or null for a top-level rule. */
  parentOf(rule: SectionRule): SectionRule | null;
}

const cache = new WeakMap<GuideSchema, SchemaIndex>();

/** The index of a schema, built on first use only. */
export function indexSchema(schema: GuideSchema): SchemaIndex {
  let index = cache.get(schema);
  if (!index) {
    index = buildSchemaIndex(schema);
    cache.set(schema, index);
  }
  return index;
}

function buildSchemaIndex(schema: GuideSchema): SchemaIndex {
  const rules: SectionRule[] = [];
  const siblings = new Map<SectionRule, readonly SectionRule[]>();
  const parents = new Map<SectionRule, SectionRule | null>();
  const visit = (list: readonly SectionRule[], parent: SectionRule | null): void => {
    for (const rule of list) {
      rules.push(rule);
      regexOf(rule);
      siblings.set(rule, list);
      parents.set(rule, parent);
      visit(rule.children, rule);
    }
  };
  visit(schema.sections, null);
  const known = <T>(map: Map<SectionRule, T>, rule: SectionRule): T => {
    const value = map.get(rule);
    if (value === undefined) throw new Error(`Section rule "${rule.id}" is not part of this schema`);
    return value;
  };
  return {
    rules,
    siblingsOf: (rule) => known(siblings, rule),
    parentOf: (rule) => known(parents, rule),
  };
}
