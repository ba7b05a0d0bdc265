/**
 * `section-order`: the sections present follow the template's order among their siblings. Only the
 * sections outside the longest run in template order are reported, each with the section it
 * should follow (or precede).
 *
 * @template
 * ```markdown
 * # [Feature Name]
 *
 * ## Problem
 *
 * [Problem]
 *
 * ## Design
 *
 * [Design]
 *
 * ## Risks
 *
 * [Risks]
 * ```
 * @valid
 * ```markdown
 * # Search
 *
 * ## Problem
 *
 * Slow.
 *
 * ## Design
 *
 * An index.
 *
 * ## Risks
 *
 * None known.
 * ```
 * @invalid
 * ```markdown
 * # Search
 *
 * ## Design
 *
 * An index.
 *
 * ## Risks
 *
 * None known.
 *
 * ## Problem
 *
 * Slow.
 * ```
 * @findings
 * ```text
 * 11:1 Section "## Problem" (example) is out of order, expected before "## Design"
 * ```
 */

import { templateTag } from '../src/lint/describe.js';
import { matchHeading } from '../src/lint/missing-section.js';
import { inOrderMatches } from '../src/lint/in-order.js';
import { placeOfSpan } from '../src/lint/positions.js';
import type { Rule } from '../src/lint/rule.js';
import type { SectionMatch } from '../src/match/types.js';

export const sectionOrder: Rule = {
  meta: {
    id: 'section-order',
    defaultSeverity: 'error',
    description: 'The sections present follow the template\'s order',
    fixable: false,
    hasSuggestions: false,
  },
  check({ schema, match, report }) {
    for (const scope of match.scopes) {
      const inOrder = inOrderMatches(scope);
      const kept = new Set(inOrder);
      for (const entry of scope.matched) {
        if (kept.has(entry) || !entry.section.heading) continue;
        report({
          message: `Section "${matchHeading(entry)}" ${templateTag(schema)} is out of order, ${expectedPlace(entry, inOrder)}`,
          ...placeOfSpan(entry.section.heading.span),
        });
      }
    }
  },
};

/**
 * Names the in-order section it should precede (the first one above it that belongs below it),
 * else the one it should follow (the last one that belongs above it).
 */
function expectedPlace(entry: SectionMatch, inOrder: readonly SectionMatch[]): string {
  const start = entry.section.span.start.offset;
  const before = inOrder.find((other) => other.section.span.start.offset < start && other.ruleIndex > entry.ruleIndex);
  if (before) return `expected before "${matchHeading(before)}"`;
  let after: SectionMatch | undefined;
  for (const other of inOrder) if (other.ruleIndex <= entry.ruleIndex) after = other;
  return `expected after "${matchHeading(after!)}"`;
}
