import type { GuideSchema, SectionRule } from '../../src/template/schema.js';

/** The section rule with this id anywhere in the schema; throws when there is none. */
export function findRule(schema: GuideSchema, id: string): SectionRule {
  const visit = (rules: readonly SectionRule[]): SectionRule | undefined => {
    for (const rule of rules) {
      const found = rule.id === id ? rule : visit(rule.children);
      if (found) return found;
    }
    return undefined;
  };
  const rule = visit(schema.sections);
  if (!rule) throw new Error(`no section rule "${id}"`);
  return rule;
}

/** Every section rule of the schema, depth first. */
export function allRules(schema: GuideSchema): SectionRule[] {
  const rules: SectionRule[] = [];
  const visit = (list: readonly SectionRule[]): void => {
    for (const rule of list) {
      rules.push(rule);
      visit(rule.children);
    }
  };
  visit(schema.sections);
  return rules;
}
