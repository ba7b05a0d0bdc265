/**
 * `required-field`: every metadata field the template requires is present, in the template's form
 * (`**Key:** value` lines, a blockquote, a `- Key: value` list) or as YAML frontmatter with the
 * same key (case-insensitive; spaces, `-` and `_` equal). The fix inserts the template's line next
 * to the fields around it, in their style.
 *
 * @template
 * ```markdown
 * # [Feature Name]
 *
 * **Status:** [Draft/Final]
 * **Owner:** [Name]
 *
 * ## Purpose
 *
 * [What this achieves]
 * ```
 * @valid
 * ```markdown
 * ---
 * status: Draft
 * owner: Ada
 * ---
 *
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
 * **Status:** Draft
 *
 * ## Purpose
 *
 * Find documents fast.
 * ```
 * @findings
 * ```text
 * 4:1 Missing required field "Owner" (example)
 * ```
 */

import { templateTag } from '../src/lint/describe.js';
import { fieldLine } from '../src/lint/field-line.js';
import { findField } from '../src/lint/fields.js';
import { insertLine } from '../src/lint/fixes.js';
import { lineBreakOf, lineStartPoint, placeOfPoint } from '../src/lint/positions.js';
import type { Rule, RuleContext } from '../src/lint/rule.js';
import type { Fix } from '../src/lint/types.js';
import type { MetadataField, Point } from '../src/outline/types.js';
import type { FieldRule, MetadataRule } from '../src/template/schema.js';

export const requiredField: Rule = {
  meta: {
    id: 'required-field',
    defaultSeverity: 'error',
    description: 'Every metadata field the template requires is present',
    fixable: true,
    hasSuggestions: false,
  },
  check(context) {
    const metadata = context.schema.metadata;
    if (!metadata) return;
    const present = metadata.fields.map((field) => findField(context.outline, field.key));
    metadata.fields.forEach((field, index) => {
      if (!field.required || present[index]) return;
      const { point, fix } = insertion(context, metadata, field, present.slice(0, index), present.slice(index + 1));
      context.report({
        message: `Missing required field "${field.key}" ${templateTag(context.schema)}`,
        ...placeOfPoint(point),
        fix,
      });
    });
  },
};

/** After the nearest present field before it in template order, else before the nearest after it, else after the title. */
function insertion(
  { outline, match }: RuleContext,
  metadata: MetadataRule,
  field: FieldRule,
  earlier: readonly (MetadataField | undefined)[],
  later: readonly (MetadataField | undefined)[],
): { point: Point; fix: Fix } {
  const previous = earlier.filter((entry) => entry !== undefined).pop();
  const next = later.find((entry) => entry !== undefined);
  const neighbour = previous ?? next;
  if (neighbour) {
    const line = previous ? Math.max(previous.span.end.line, previous.valueSpan.end.line) + 1 : neighbour.span.start.line;
    const point = lineStartPoint(outline, line);
    return { point, fix: insertLine(outline, { point, atEnd: line > outline.lines.length }, fieldLine(outline, field, metadata.form, neighbour)) };
  }
  if (outline.frontmatter) {
    const point = lineStartPoint(outline, outline.frontmatter.span.end.line);
    return { point, fix: insertLine(outline, { point, atEnd: false }, fieldLine(outline, field, 'frontmatter')) };
  }
  const title = match.title.headings[0]?.heading;
  const text = fieldLine(outline, field, metadata.form);
  const br = lineBreakOf(outline);
  if (!title) {
    const point = lineStartPoint(outline, 1);
    return { point, fix: { range: [point.offset, point.offset], text: `${text}${br}${br}` } };
  }
  const point = lineStartPoint(outline, title.span.end.line + 1);
  const atEnd = title.span.end.line >= outline.lines.length;
  return { point, fix: { range: [point.offset, point.offset], text: `${atEnd ? br : ''}${br}${text}${br}` } };
}
