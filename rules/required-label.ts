/**
 * `required-label`: a section holds the labelled blocks its template section has — bold text
 * ending in `:` at the start of a line of a body paragraph (`**Verification:**`). Labels with
 * placeholders, or whose value is `[If …]`/`[Optional …]`, are not required; numbered labels
 * (`**Test Scenario 1:**`) match any number. A body saying only `N/A`, or only a template
 * placeholder left in (the `placeholder` rule reports it), satisfies it.
 *
 * @template
 * ```markdown
 * # [Feature Name]
 *
 * ## Rollout
 *
 * **Plan:** [How it ships]
 *
 * **Verification:** [How we know it works]
 * ```
 * @valid
 * ```markdown
 * # Search
 *
 * ## Rollout
 *
 * **Plan:** behind a flag.
 *
 * **Verification**: dashboards stay green.
 * ```
 * @invalid
 * ```markdown
 * # Search
 *
 * ## Rollout
 *
 * **Plan:** behind a flag.
 * ```
 * @findings
 * ```text
 * 6:1 Missing label "**Verification:**" in "## Rollout" (example)
 * ```
 */

import { checksBody } from '../src/lint/body.js';
import { labelMarkup, templateTag } from '../src/lint/describe.js';
import { matchHeading } from '../src/lint/missing-section.js';
import { placeOfPoint } from '../src/lint/positions.js';
import type { Rule } from '../src/lint/rule.js';
import { bodyEndPlace } from '../src/lint/section-place.js';
import { regexOf } from '../src/match/schema-index.js';
import { normalizeForMatch } from '../src/template/text.js';

export const requiredLabel: Rule = {
  meta: {
    id: 'required-label',
    defaultSeverity: 'warn',
    description: 'A section holds the labelled blocks (`**Verification:**`) its template section has',
    fixable: false,
    hasSuggestions: false,
  },
  check({ outline, schema, match, report }) {
    for (const entry of match.sections) {
      const rules = entry.rule.body.labels.filter((rule) => rule.required);
      if (rules.length === 0 || !checksBody(entry, schema)) continue;
      const labels = entry.section.body.labels.map((label) => normalizeForMatch(label.text));
      for (const rule of rules) {
        if (labels.some((label) => regexOf(rule).test(label))) continue;
        const { point } = bodyEndPlace(outline, entry.section);
        report({
          message: `Missing label "${labelMarkup(rule.display)}" in "${matchHeading(entry)}" ${templateTag(schema)}`,
          ...placeOfPoint(point),
        });
      }
    }
  },
};
