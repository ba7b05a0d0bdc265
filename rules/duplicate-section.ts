/**
 * `duplicate-section`: a section the template has once (or the config's `max` times) is not
 * written more often under the same parent. Each extra one is reported at its heading, with where
 * the first one is. Numbered series (`### Alternative 1`, `### Alternative 2`), sample entries
 * and placeholder slots take any number; a config `sections: { "Notes": { max: null } }` lets a
 * section repeat. A repeated section is this rule's finding, never `unknown-section`'s.
 *
 * @template
 * ```markdown
 * # [Feature Name]
 *
 * ## Motivation
 *
 * [Why]
 *
 * ## Design
 *
 * [How]
 * ```
 * @valid
 * ```markdown
 * # Search
 *
 * ## Motivation
 *
 * Find documents fast.
 *
 * ## Design
 *
 * An inverted index.
 * ```
 * @invalid
 * ```markdown
 * # Search
 *
 * ## Motivation
 *
 * Find documents fast.
 *
 * ## Design
 *
 * An inverted index.
 *
 * ## Motivation
 *
 * Also: rank them.
 * ```
 * @findings
 * ```text
 * 11:1 Section "## Motivation" (example) appears twice, at most once (first at line 3)
 * ```
 */

import { ruleHeading, templateTag } from '../src/lint/describe.js';
import { duplicateSections } from '../src/lint/duplicate-sections.js';
import { placeOfSpan } from '../src/lint/positions.js';
import type { Rule } from '../src/lint/rule.js';

export const duplicateSection: Rule = {
  meta: {
    id: 'duplicate-section',
    defaultSeverity: 'error',
    description: 'A section the template has once is not written twice under one parent',
    fixable: false,
    hasSuggestions: false,
  },
  check({ schema, match, report }) {
    const duplicates = [...duplicateSections(match).values()];
    for (const { section, rule, matches } of duplicates) {
      const count = matches.length + duplicates.filter((other) => other.rule === rule && other.matches === matches).length;
      const first = matches[0]!.section.heading!.span.start.line;
      report({
        message: `Section "${ruleHeading(rule)}" ${templateTag(schema)} appears ${times(count)}, at most ${times(rule.max!)} (first at line ${first})`,
        ...placeOfSpan(section.heading!.span),
      });
    }
  },
};

/** `once`, `twice`, `3 times`. */
function times(count: number): string {
  return count === 1 ? 'once' : count === 2 ? 'twice' : `${count} times`;
}
