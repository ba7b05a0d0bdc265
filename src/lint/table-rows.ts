/**
 * Moving a field of a metadata table (DESIGN §2b.9, `| Key | Value |` rows) before or after another
 * field of the same table, as one edit over the rows between. Rows are moved whole, a field's
 * carried-on rows (an empty key cell) with it; the delimiter row stays second, so when the header
 * row's field moves down, the field that now comes first becomes the header row.
 *
 * @example
 *   | Created | 2024-01-02 |          | Status  | Draft      |
 *   |---|---|                     →   |---|---|
 *   | Status  | Draft      |          | Created | 2024-01-02 |
 */

import type { MetadataField, Outline } from '../outline/types.js';
import { lineStartOffset } from './positions.js';
import type { Fix } from './types.js';

/** A GFM delimiter row: cells of dashes with optional alignment colons. */
const DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/u;

interface TableField {
  field: MetadataField;
  /** 1-based, inclusive: its rows, and the delimiter row when it is the header row's field. */
  first: number;
  last: number;
  /** Its rows' 1-based lines, the delimiter row left out. */
  rows: number[];
}

/**
 * Moves `moved` to stand right before (or after) `anchor`, both fields of one metadata table of
 * `outline`; null when they are not rows of one table.
 */
export function moveTableField(outline: Outline, moved: MetadataField, anchor: MetadataField, place: 'before' | 'after'): Fix | null {
  const table = tableOf(outline, moved);
  const from = table.findIndex((entry) => entry.field === moved);
  const to = table.findIndex((entry) => entry.field === anchor);
  if (from === -1 || to === -1 || from === to) return null;
  const order = table.filter((entry) => entry.field !== moved);
  const at = order.findIndex((entry) => entry.field === anchor) + (place === 'after' ? 1 : 0);
  order.splice(at, 0, table[from]!);
  const low = Math.min(from, at);
  const high = Math.max(from, at);
  const lines = order.slice(low, high + 1).flatMap((entry) => entry.rows.map((row) => outline.lines[row - 1]!));
  const delimiter = delimiterOf(table[low]!);
  if (delimiter !== null) lines.splice(1, 0, outline.lines[delimiter - 1]!);
  const { first } = table[low]!;
  const { last } = table[high]!;
  return {
    range: [lineStartOffset(outline, first), lineStartOffset(outline, last) + outline.lines[last - 1]!.length],
    text: lines.join(outline.lineBreak),
  };
}

/** The table fields standing on consecutive lines with `field`, in order. */
function tableOf(outline: Outline, field: MetadataField): TableField[] {
  const runs: TableField[][] = [];
  for (const candidate of outline.metadata) {
    if (candidate.form !== 'table') continue;
    const entry = tableField(outline, candidate);
    const run = runs[runs.length - 1];
    const previous = run?.[run.length - 1];
    if (run !== undefined && previous !== undefined && previous.last + 1 === entry.first) run.push(entry);
    else runs.push([entry]);
  }
  return runs.find((run) => run.some((entry) => entry.field === field)) ?? [];
}

function tableField(outline: Outline, field: MetadataField): TableField {
  const first = field.span.start.line;
  const last = field.span.end.line;
  const rows: number[] = [];
  for (let line = first; line <= last; line += 1) {
    if (!(line === first + 1 && DELIMITER_ROW.test(outline.lines[line - 1]!))) rows.push(line);
  }
  return { field, first, last, rows };
}

/** The delimiter row's line, when the field is the header row's. */
function delimiterOf(entry: TableField): number | null {
  return entry.rows.length < entry.last - entry.first + 1 ? entry.first + 1 : null;
}
