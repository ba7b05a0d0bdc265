/**
 * `required-section`: every section the template requires is present under its parent. The report
 * says where it was expected, and carries a fix inserting the template's text of the section there
 * (its heading, its body with the template's placeholders, its required subsections). A section
 * found under another parent, at its level or one level off, is reported there ("found under");
 * one found at the wrong depth only is left to `heading-level`, and numbered series to
 * `section-series`. A heading of the same name two or more levels deeper under another section is
 * that section's own: the template's section is missing. A heading whose name is near the
 * section's (a misspelling, a rewording) standing in its place gets the report, with "did you
 * mean" and two suggestions instead of the fix: rename the heading, or insert the section. The subsections of an empty
 * section are left to `empty-section`, and those of a section holding only a placeholder of the
 * template (`[Same structure as Phase 1]`) to `placeholder`.
 *
 * @template
 * ```markdown
 * # [Feature Name]
 *
 * ## Performance Considerations
 *
 * [Expected impact]
 *
 * ## Security Considerations
 *
 * [Risks]
 *
 * ## Future Considerations (optional)
 *
 * [Ideas]
 * ```
 * @valid
 * ```markdown
 * # Search
 *
 * ## Performance Considerations
 *
 * Fast.
 *
 * ## Security Considerations
 *
 * Safe.
 * ```
 * @invalid
 * ```markdown
 * # Search
 *
 * ## Performance Considerations
 *
 * Fast.
 *
 * ## Future Considerations
 *
 * More.
 * ```
 * @findings
 * ```text
 * 7:1 Missing required section "## Security Considerations" (example), expected after "## Performance Considerations"
 * ```
 */

import { checksSubsections } from '../src/lint/body.js';
import { missingSectionReport } from '../src/lint/missing-section.js';
import { ruleHeading, templateTag } from '../src/lint/describe.js';
import { placeOfSpan } from '../src/lint/positions.js';
import { asksQuestionInText } from '../src/lint/question-in-text.js';
import type { Rule } from '../src/lint/rule.js';

export const requiredSection: Rule = {
  meta: {
    id: 'required-section',
    defaultSeverity: 'error',
    description: 'Every section the template requires is present under its parent',
    fixable: true,
    hasSuggestions: true,
  },
  check(context) {
    for (const scope of context.match.scopes) {
      if (!checksSubsections(scope, context.schema)) continue;
      scope.rules.forEach((rule, index) => {
        if (!rule.required || rule.series) return;
        const found = scope.byRule[index]!;
        if (found.length === 0) {
          if (scope.owner && asksQuestionInText(context.outline, scope.section, rule)) return;
          context.report(missingSectionReport(context, scope, index, 'required section'));
        } else if (found.length < rule.min) {
          const last = found[found.length - 1]!;
          context.report({
            message: `Section "${ruleHeading(rule)}" ${templateTag(context.schema)} must occur at least ${rule.min} times, found ${found.length}`,
            ...placeOfSpan(last.section.heading!.span),
          });
        }
      });
    }
  },
};
