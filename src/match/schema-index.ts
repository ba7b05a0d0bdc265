/**
 * The per-schema data the matcher needs, built once per schema and cached: every section rule in
 * template order with its siblings and parent, and the compiled tests of the schema's patterns.
 */

import type { GuideSchema, SectionRule, TextPattern } from '../template/schema.js';
import { compilePattern } from '../template/text.js';
import { linearTest, type TextTest } from './linear-pattern.js';

const compiledPatterns = new WeakMap<TextPattern, RegExp>();
const compiledTests = new WeakMap<TextPattern, TextTest>();

/**
 * The RegExp of a schema pattern, compiled on first use and kept with the schema object it belongs
 * to: for the named groups of a series pattern. Whether a text matches is `testOf`'s to answer.
 */
export function regexOf(pattern: TextPattern): RegExp {
  let regex = compiledPatterns.get(pattern);
  if (!regex) {
    regex = compilePattern(pattern.pattern);
    compiledPatterns.set(pattern, regex);
  }
  return regex;
}

/**
 * Whether a text matches a schema pattern (a section, title, task item or label), in time linear in
 * the text (see linear-pattern.ts); built on first use and kept with the schema object it belongs to.
 */
export function testOf(pattern: TextPattern): TextTest {
  let test = compiledTests.get(pattern);
  if (!test) {
    const linear = linearTest(pattern.pattern);
    if (linear !== null) test = linear;
    else {
      const regex = regexOf(pattern);
      test = (text) => regex.test(text);
    }
    compiledTests.set(pattern, test);
  }
  return test;
}

export interface SchemaIndex {
  /** Every section rule, depth-first in template order. */
  rules: readonly SectionRule[];
  /** The rules a heading may name by its text: all but the any-heading ones, in template order. */
  namedRules: readonly SectionRule[];
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
      testOf(rule);
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
    namedRules: rules.filter((rule) => !rule.anyHeading),
    siblingsOf: (rule) => known(siblings, rule),
    parentOf: (rule) => known(parents, rule),
  };
}
