/**
 * Near misses: a heading the template does not name, standing in the place of a required section
 * that is missing, and close to its name (`## Future Posibilities` for `## Future possibilities`).
 * `required-section` reports the missing section there with "did you mean".
 */

import type { Section } from '../outline/types.js';
import type { SectionRule } from '../template/schema.js';
import { headingSimilarity } from './heading-similarity.js';
import type { NearMiss, Scope } from './types.js';

/** The section a heading is read under (the matcher's reading of the tree). */
export type ReadingParent = (section: Section) => Section;

interface Candidate extends NearMiss {
  score: number;
}

/**
 * Pairs missing sections with unmatched headings: a heading qualifies for a section when it
 * stands in the section's scope (not in a subsection of it), at most one level off the section's,
 * between the present siblings before and after the section in template order, and is near its
 * name. The nearest pairs are taken first; each heading and each missing section is used once.
 */
export function findNearMisses(scopes: readonly Scope[], unmatched: readonly Section[], readingParent: ReadingParent): NearMiss[] {
  const byParent = new Map<Section, Section[]>();
  for (const section of unmatched) {
    const parent = readingParent(section);
    const siblings = byParent.get(parent);
    if (siblings) siblings.push(section);
    else byParent.set(parent, [section]);
  }
  const candidates: Candidate[] = [];
  for (const scope of scopes) {
    const inScope = byParent.get(scope.section) ?? [];
    scope.rules.forEach((rule, index) => {
      if (inScope.length === 0 || !canBeMissedNarrowly(rule) || scope.byRule[index]!.length > 0) return;
      const [from, to] = placeBetween(scope, index);
      for (const section of inScope) {
        const start = section.span.start.offset;
        if (start <= from || start >= to || Math.abs(section.level - rule.level) > 1) continue;
        const score = headingSimilarity(rule.display, section.heading?.text ?? '');
        if (score > 0) candidates.push({ section, scope, rule, score });
      }
    });
  }
  candidates.sort((a, b) => b.score - a.score || a.section.span.start.offset - b.section.span.start.offset);
  const usedSections = new Set<Section>();
  const usedRules = new Map<Scope, Set<SectionRule>>();
  const nearMisses: NearMiss[] = [];
  for (const { section, scope, rule } of candidates) {
    const rulesOfScope = usedRules.get(scope) ?? new Set<SectionRule>();
    if (usedSections.has(section) || rulesOfScope.has(rule)) continue;
    usedSections.add(section);
    usedRules.set(scope, rulesOfScope.add(rule));
    nearMisses.push({ section, scope, rule });
  }
  return nearMisses.sort((a, b) => a.section.span.start.offset - b.section.span.start.offset);
}

/** A required section of fixed words: `required-section` reports it missing, and it has a name to be near. */
function canBeMissedNarrowly(rule: SectionRule): boolean {
  return rule.required && rule.min > 0 && rule.kind === 'literal' && !rule.anyHeading && rule.series === null;
}

/**
 * The source offsets between which the section of rule `index` belongs: after the start of the
 * last present sibling of the nearest earlier rule, before the start of the first present sibling
 * of the nearest later rule.
 */
function placeBetween(scope: Scope, index: number): [number, number] {
  let from = -1;
  let to = Number.POSITIVE_INFINITY;
  let before = -1;
  let after = scope.rules.length;
  for (const match of scope.matched) {
    const start = match.section.span.start.offset;
    if (match.ruleIndex < index && match.ruleIndex >= before) {
      before = match.ruleIndex;
      from = start;
    } else if (match.ruleIndex > index && match.ruleIndex < after) {
      after = match.ruleIndex;
      to = start;
    }
  }
  return [from, to];
}
