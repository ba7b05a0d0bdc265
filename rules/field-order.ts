/**
 * `field-order` (off by default): the document's metadata fields follow the template's order, or
 * the config's `fieldOrder` (which then names the fields it orders). The fewest fields are
 * reported: those outside the longest run already in order. Frontmatter and the body's metadata
 * are ordered each on its own. The fix moves the field's lines to their place; in a metadata
 * table its rows, the delimiter row staying second (the field that comes first is the header row).
 *
 * @template
 * ```markdown
 * # [Feature Name]
 *
 * **Status:** [Draft/Final]
 * **Owner:** [Name]
 * **Created:** [YYYY-MM-DD]
 *
 * ## Purpose
 *
 * [What this achieves]
 * ```
 * @valid
 * ```markdown
 * # Search
 *
 * **Status:** Draft
 * **Created:** 2024-01-02
 *
 * ## Purpose
 *
 * Find documents fast.
 * ```
 * @invalid
 * ```markdown
 * # Search
 *
 * **Created:** 2024-01-02
 * **Status:** Draft
 * **Owner:** Ada
 *
 * ## Purpose
 *
 * Find documents fast.
 * ```
 * @findings
 * ```text
 * 3:1 Field "Created" (example) is out of order: expected after "Owner"
 * ```
 */

import { templateTag } from '../src/lint/describe.js';
import { fieldLines, moveLines } from '../src/lint/field-lines.js';
import { namesField } from '../src/lint/fields.js';
import { placeOfSpan } from '../src/lint/positions.js';
import { moveTableField } from '../src/lint/table-rows.js';
import type { Rule, RuleContext } from '../src/lint/rule.js';
import type { Fix } from '../src/lint/types.js';
import type { MetadataField } from '../src/outline/types.js';

interface Placed {
  field: MetadataField;
  /** Its place in the expected order. */
  rank: number;
}

export const fieldOrder: Rule = {
  meta: {
    id: 'field-order',
    defaultSeverity: 'off',
    description: 'Metadata fields follow the template\'s order (or the config\'s fieldOrder)',
    fixable: true,
    hasSuggestions: false,
  },
  check(context) {
    const metadata = context.schema.metadata;
    if (!metadata) return;
    const order = metadata.order ?? metadata.fields.map((field) => field.key);
    const placed = (field: MetadataField): Placed[] => {
      const rank = order.findIndex((key) => namesField(field.key, key));
      return rank === -1 ? [] : [{ field, rank }];
    };
    const fields = context.outline.metadata.flatMap(placed);
    for (const group of [fields.filter(isFrontmatter), fields.filter((entry) => !isFrontmatter(entry))]) {
      reportOutOfOrder(context, group);
    }
  },
};

function isFrontmatter({ field }: Placed): boolean {
  return field.form === 'frontmatter';
}

function reportOutOfOrder(context: RuleContext, fields: readonly Placed[]): void {
  const inOrder = longestInOrder(fields);
  for (const entry of fields) {
    if (inOrder.has(entry)) continue;
    const next = fields.find((other) => inOrder.has(other) && other.rank > entry.rank);
    const previous = [...fields].reverse().find((other) => inOrder.has(other) && other.rank < entry.rank);
    const where = next ? `expected before "${next.field.key}"` : `expected after "${previous!.field.key}"`;
    const fix = moveFix(context, entry.field, next?.field, previous?.field);
    context.report({
      message: `Field "${entry.field.key}" ${templateTag(context.schema)} is out of order: ${where}`,
      ...placeOfSpan(entry.field.span),
      ...(fix ? { fix } : {}),
    });
  }
}

/** The longest subsequence whose ranks never go down (the fields to leave where they are). */
function longestInOrder(fields: readonly Placed[]): Set<Placed> {
  const length = fields.map(() => 1);
  const before = fields.map(() => -1);
  fields.forEach((entry, index) => {
    for (let earlier = 0; earlier < index; earlier += 1) {
      if (fields[earlier]!.rank <= entry.rank && length[earlier]! + 1 > length[index]!) {
        length[index] = length[earlier]! + 1;
        before[index] = earlier;
      }
    }
  });
  const kept = new Set<Placed>();
  for (let index = length.indexOf(Math.max(0, ...length)); index !== -1; index = before[index]!) kept.add(fields[index]!);
  return kept;
}

/** Moves the field's lines (or a table's rows) before the next field in order, else after the previous one. */
function moveFix(context: RuleContext, field: MetadataField, next: MetadataField | undefined, previous: MetadataField | undefined): Fix | null {
  const target = next ?? previous;
  if (target === undefined) return null;
  const { outline } = context;
  if (field.form === 'table' || target.form === 'table') {
    return field.form === target.form ? moveTableField(outline, field, target, next ? 'before' : 'after') : null;
  }
  const before = next ? fieldLines(outline, next).first : fieldLines(outline, previous!).last + 1;
  return moveLines(outline, fieldLines(outline, field), before);
}
