/**
 * `empty-section`: a required section has content or subsections (HTML comments and `---` rules
 * alone are no content). An empty section's own body and subsection rules are not checked: this
 * one report stands for them.
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
 * <!-- to do -->
 * ```
 * @findings
 * ```text
 * 3:1 Section "## Purpose" (example) is empty
 * ```
 */

import { templateTag } from '../src/lint/describe.js';
import { matchHeading } from '../src/lint/missing-section.js';
import { placeOfSpan } from '../src/lint/positions.js';
import type { Rule } from '../src/lint/rule.js';
import type { Section } from '../src/outline/types.js';
import type { SectionRule } from '../src/template/schema.js';

/** The template shows no content for the section, and the document keeps what it shows (its comments, or nothing). */
function keepsTemplateGuidance(rule: SectionRule, section: Section): boolean {
  return rule.guidance === 'none' || (rule.guidance === 'comment' && section.body.comments.length > 0);
}

export const emptySection: Rule = {
  meta: {
    id: 'empty-section',
    defaultSeverity: 'error',
    description: 'A required section has content or subsections',
    fixable: false,
    hasSuggestions: false,
  },
  check({ schema, match, report }) {
    for (const entry of match.sections) {
      if (!entry.empty || !entry.rule.required || !entry.section.heading) continue;
      if (keepsTemplateGuidance(entry.rule, entry.section)) continue;
      report({
        message: `Section "${matchHeading(entry)}" ${templateTag(schema)} is empty`,
        ...placeOfSpan(entry.section.heading.span),
      });
    }
  },
};
