/**
 * Sections written more often than the template allows: a heading the matcher left over (it is
 * among the unknown sections) that names a section of its own scope which already has all the
 * matches it may have (`## Motivation` a second time where the template has it once). Series,
 * slots and sections the config gives a `max` of null take any number and never fill up.
 */

import { readHeading } from '../match/heading-readings.js';
import type { DocumentMatch, SectionMatch, UnknownSection } from '../match/types.js';
import type { Section } from '../outline/types.js';
import type { GuideSchema, SectionRule } from '../template/schema.js';

export interface DuplicateSection {
  section: Section;
  rule: SectionRule;
  /** The sections matched to the rule in the same scope, in document order. */
  matches: readonly SectionMatch[];
}

const found = new WeakMap<DocumentMatch, ReadonlyMap<Section, DuplicateSection>>();

/** The document's duplicate sections, by section (computed once per match: two rules ask). */
export function duplicateSections(match: DocumentMatch): ReadonlyMap<Section, DuplicateSection> {
  let duplicates = found.get(match);
  if (!duplicates) {
    duplicates = new Map(match.unknown.flatMap((entry) => {
      const duplicate = duplicateOf(entry, match.schema);
      return duplicate ? [[entry.section, duplicate] as const] : [];
    }));
    found.set(match, duplicates);
  }
  return duplicates;
}

/** As the matcher reads a heading: the first full rule its pattern names, failing that one it names in other words. */
function duplicateOf({ section, scope }: UnknownSection, schema: GuideSchema): DuplicateSection | null {
  if (scope === null || section.heading === null) return null;
  const full = scope.rules.flatMap((rule, index) => {
    const matches = scope.byRule[index]!;
    return rule.anyHeading || rule.max === null || matches.length < rule.max ? [] : [{ section, rule, matches }];
  });
  if (full.length === 0) return null;
  const reading = readHeading(schema, section.heading);
  const byPattern = full.find(({ rule }) => reading.byPattern.includes(rule));
  if (byPattern) return byPattern;
  return full.find(({ rule }) => reading.byName.includes(rule)) ?? null;
}
