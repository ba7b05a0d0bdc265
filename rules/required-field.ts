/**
 * `required-field`: every metadata field the template (or the config) requires is present, in the
 * template's form (`**Key:** value` lines, a blockquote, a `- Key: value` list, a `Key | Value`
 * table) or as YAML frontmatter with the same key (case-insensitive; spaces, `-` and `_` equal).
 * A field the config requires only under a condition (`requiredIf: { status: Accepted }`) is
 * required when the document meets it, and the message says so. The fix inserts the template's
 * line next to the fields around it, in their style.
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
import { describeMet, isRequired } from '../src/lint/field-conditions.js';
import { fieldLine } from '../src/lint/field-line.js';
import { findField, givesFieldAsLine } from '../src/lint/fields.js';
import { insertLine } from '../src/lint/fixes.js';
import { lineBreakOf, lineStartPoint, placeOfPoint } from '../src/lint/positions.js';
import type { Rule, RuleContext } from '../src/lint/rule.js';
import type { Fix } from '../src/lint/types.js';
import type { MetadataField, Outline, Point } from '../src/outline/types.js';
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
      if (present[index] || !isRequired(context.outline, field) || givesFieldAsLine(context.outline, field.key)) return;
      const { point, fix } = insertion(context, metadata, field, present.slice(0, index), present.slice(index + 1));
      const tag = templateTag(context.schema);
      context.report({
        message: field.required
          ? `Missing required field "${field.key}" ${tag}`
          : `Field "${field.key}" ${tag} is required when ${describeMet(context.outline, field.requiredIf!)}`,
        ...placeOfPoint(point),
        fix,
        field: field.key,
      });
    });
  },
};

/**
 * After the nearest present field before it in template order, else before the nearest after it
 * (after it when that is a table's header row),
 * else after the document's own metadata lines, else in its frontmatter, else after the title.
 */
function insertion(
  { outline, match }: RuleContext,
  metadata: MetadataRule,
  field: FieldRule,
  earlier: readonly (MetadataField | undefined)[],
  later: readonly (MetadataField | undefined)[],
): { point: Point; fix: Fix } {
  const next = later.find((entry) => entry !== undefined);
  const previous =
    earlier.filter((entry) => entry !== undefined).pop() ??
    (next ? undefined : outline.metadata.filter((entry) => entry.form !== 'frontmatter').pop());
  const neighbour = previous ?? next;
  if (neighbour) {
    const line = previous || isTableHeader(neighbour) ? Math.max(neighbour.span.end.line, neighbour.valueSpan.end.line) + 1 : neighbour.span.start.line;
    const point = lineStartPoint(outline, line);
    const text = fieldLine(outline, field, metadata.form, neighbour);
    const spacer = neighbour.form === 'frontmatter' ? null : fieldSpacer(outline);
    const br = lineBreakOf(outline);
    const block = spacer === null ? text : previous ? `${spacer}${br}${text}` : `${text}${br}${spacer}`;
    return { point, fix: insertLine(outline, { point, atEnd: line > outline.lines.length }, block) };
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
    return { point, fix: { range: [point.offset, point.offset], text: `${apartFromList(text, outline.lines[0] ?? '')}${br}${br}` } };
  }
  const point = lineStartPoint(outline, title.span.end.line + 1);
  const atEnd = title.span.end.line >= outline.lines.length;
  // At the end of a source without a final line break, none is added.
  return { point, fix: { range: [point.offset, point.offset], text: atEnd ? `${br}${br}${text}` : `${br}${text}${br}` } };
}

/**
 * A `- Key: value` line to go above `firstLine`, with another bullet when that line opens a list
 * with the same one: a blank line does not end a list, and a list of other items is no metadata.
 */
function apartFromList(fieldText: string, firstLine: string): string {
  const bullet = /^ {0,3}([-*+])[ \t]/u.exec(firstLine)?.[1];
  if (bullet === undefined || !fieldText.startsWith(`${bullet} `)) return fieldText;
  return `${bullet === '*' ? '-' : '*'}${fieldText.slice(1)}`;
}

/** A table's header row (its span takes in the delimiter row): no row can go above it. */
function isTableHeader(field: MetadataField): boolean {
  return field.form === 'table' && field.span.end.line > field.span.start.line;
}

/**
 * The line the document puts between its metadata lines (an empty one, or `>` in a blockquote),
 * read off its first two; null when they stand on consecutive lines.
 */
function fieldSpacer(outline: Outline): string | null {
  const [first, second] = outline.metadata.filter((entry) => entry.form !== 'frontmatter');
  if (!first || !second || second.span.start.line !== first.span.end.line + 2) return null;
  const between = outline.lines[first.span.end.line] ?? '';
  return /^\s*>?\s*$/u.test(between) ? between : null;
}
