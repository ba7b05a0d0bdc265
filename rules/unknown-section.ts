/**
 * `unknown-section` (off by default): every section is one the template names. Only the outermost
 * unknown section of a subtree is reported; a section the template names, written once too often,
 * is `duplicate-section`'s. Where the template says `<!-- guidelint: closed -->`,
 * unknown sections are reported even while the rule is off by default. Option `levels` (as in
 * `unknown-section: [error, { levels: [2] }]`): only sections at these heading levels.
 *
 * @template
 * ```markdown
 * # [Feature Name]
 *
 * ## Purpose
 *
 * [What this achieves]
 * ```
 * @valid
 * ```markdown
 * # Search
 *
 * ## Purpose
 *
 * Find documents fast.
 * ```
 * @invalid
 * ```markdown
 * # Search
 *
 * ## Purpose
 *
 * Find documents fast.
 *
 * ## Notes
 *
 * Extra.
 * ```
 * @findings
 * ```text
 * 7:1 Unknown section "## Notes": the template (example) has no such section
 * ```
 */

import { sectionHeading, templateTag } from '../src/lint/describe.js';
import { duplicateSections } from '../src/lint/duplicate-sections.js';
import { matchHeading } from '../src/lint/missing-section.js';
import { placeOfSpan } from '../src/lint/positions.js';
import type { Rule } from '../src/lint/rule.js';

export const unknownSection: Rule = {
  meta: {
    id: 'unknown-section',
    defaultSeverity: 'off',
    description: 'Every section is one the template names',
    fixable: false,
    hasSuggestions: false,
  },
  check({ schema, match, report, options }) {
    const levels = options?.['levels'] as readonly number[] | undefined;
    const duplicates = duplicateSections(match);
    for (const { section, scope } of match.unknown) {
      if (!section.heading || (levels !== undefined && !levels.includes(section.level)) || duplicates.has(section)) continue;
      const under = scope?.owner ? ` under "${matchHeading(scope.owner)}"` : '';
      report({
        message: `Unknown section "${sectionHeading(section)}"${under}: the template ${templateTag(schema)} has no such section`,
        ...placeOfSpan(section.heading.span),
      });
    }
  },
};
