/**
 * Pass 6, validate: Built → GuideSchema. The invariants a schema must hold once everything is
 * decided: every config override names a section, and no section may have min above max.
 */
import { OverrideError } from '../errors.js';
import type { GuideSchema, SectionRule } from '../schema.js';
import type { Built } from '../ir.js';

export function validate({ schema, overrides }: Built): GuideSchema {
  if (overrides.size === 0) return schema;
  const rules = allSections(schema.sections);
  for (const [key, ids] of overrides) {
    if (ids.length === 0) {
      throw new OverrideError(key, `template "${schema.template}" has no such section`, rules.map((rule) => stripHashes(rule.display)));
    }
    for (const rule of rules) {
      if (ids.includes(rule.id) && rule.max !== null && rule.min > rule.max) {
        throw new OverrideError(key, `min ${rule.min} is more than max ${rule.max} for section "${stripHashes(rule.display)}"`);
      }
    }
  }
  return schema;
}

function allSections(sections: readonly SectionRule[]): SectionRule[] {
  return sections.flatMap((section) => [section, ...allSections(section.children)]);
}

function stripHashes(text: string): string {
  return text.replace(/^#+\s*/, '');
}
