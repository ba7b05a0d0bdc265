/**
 * `field-value`: a metadata field's value fits the template's type: one of an enum's values
 * (case-insensitive, also as a link's text or before a trailing `(…)`; a suggestion per allowed
 * value), a real calendar date `YYYY-MM-DD` (or in the format the template asks for,
 * `MM/DD/YYYY`, `Month DD, YYYY`, … — ISO is read in any), a link, a list of at least one item,
 * or non-empty text that is no placeholder; a frontmatter key is given once. Template placeholders
 * left in a value are left to the `placeholder` rule.
 *
 * @template
 * ```markdown
 * # [Feature Name]
 *
 * **Priority:** [High/Medium/Low]
 * **Last Updated:** [YYYY-MM-DD]
 *
 * ## Purpose
 *
 * [What this achieves]
 * ```
 * @valid
 * ```markdown
 * # Search
 *
 * **Priority:** high
 * **Last Updated:** 2024-02-29
 *
 * ## Purpose
 *
 * Find documents fast.
 * ```
 * @invalid
 * ```markdown
 * # Search
 *
 * **Priority:** Urgent
 * **Last Updated:** 2023-02-29
 *
 * ## Purpose
 *
 * Find documents fast.
 * ```
 * @findings
 * ```text
 * 3:15 Field "Priority" (example) must be one of "High", "Medium", "Low", found "Urgent"
 * 4:19 Field "Last Updated" (example) must be a date (YYYY-MM-DD), found "2023-02-29"
 * ```
 */

import { templateTag } from '../src/lint/describe.js';
import { conditionHolds, describeMet, describeWanted, isRequired } from '../src/lint/field-conditions.js';
import { valueProblems } from '../src/lint/field-checks.js';
import { findField, namesField } from '../src/lint/fields.js';
import { deleteField } from '../src/lint/field-lines.js';
import { findPlaceholders } from '../src/lint/placeholder-scan.js';
import { placeOfPoint, placeOfSpan } from '../src/lint/positions.js';
import type { Rule } from '../src/lint/rule.js';
import type { Report } from '../src/lint/types.js';
import type { MetadataField, Outline } from '../src/outline/types.js';
import type { FieldRule } from '../src/template/schema.js';

export const fieldValue: Rule = {
  meta: {
    id: 'field-value',
    defaultSeverity: 'error',
    description: 'A metadata field\'s value fits its type (enum, date, link, URL, email, integer, list, text) and the config\'s constraints',
    fixable: false,
    hasSuggestions: true,
  },
  check({ outline, schema, report }) {
    if (!schema.metadata) return;
    const placeholders = findPlaceholders(outline, schema);
    for (const rule of schema.metadata.fields) {
      const field = findField(outline, rule.key);
      if (!field) continue;
      const { start, end } = field.valueSpan;
      const holdsPlaceholder = placeholders.some(
        (hit) => hit.line >= start.line && hit.line <= end.line && hit.column >= start.column && hit.endColumn <= end.column,
      );
      if (holdsPlaceholder) continue;
      for (const problem of fieldProblems(outline, rule, field)) {
        report({ ...problem, message: `Field "${rule.key}" ${templateTag(schema)} ${problem.message}` });
      }
      for (const repeat of repeatsOf(outline, rule, field)) {
        report({
          message: `Field "${rule.key}" ${templateTag(schema)} is given more than once: first at line ${field.span.start.line}`,
          ...placeOfSpan(repeat.span),
        });
      }
    }
  },
};

/**
 * The later frontmatter keys naming the field of `first`: YAML keeps only one of them. Repeated
 * metadata lines in the body are a list of values (`- Rust Issue: …` twice), not a mistake.
 */
function repeatsOf(outline: Outline, rule: FieldRule, first: MetadataField): MetadataField[] {
  if (first.form !== 'frontmatter') return [];
  return outline.metadata.filter((field) => field !== first && field.form === 'frontmatter' && namesField(field.key, rule.key));
}

/** What is wrong with the field where it stands (message tails, placed on the value). */
function fieldProblems(outline: Outline, rule: FieldRule, field: MetadataField): Report[] {
  if (rule.allowedIf !== undefined && !conditionHolds(outline, rule.allowedIf)) {
    return [
      {
        message: `is allowed only when ${describeWanted(rule.allowedIf)} (here ${describeMet(outline, rule.allowedIf)})`,
        ...placeOfSpan(field.span),
        suggestions: [{ desc: `Remove the field "${field.key}"`, fix: deleteField(outline, field) }],
      },
    ];
  }
  if (field.value.trim() !== '') return valueProblems(rule, field);
  if (!isRequired(outline, rule)) return [];
  const message = rule.type.kind === 'list' ? 'must list at least one item, found none' : 'is empty';
  return [{ message, ...placeOfPoint(field.valueSpan.start) }];
}
