/**
 * The lines a metadata field stands on, and the edits that remove or move them whole: a field's
 * line (a table's header row with its delimiter row), its sub-items, and in frontmatter the
 * indented or `- ` lines below its key (a sequence, a block scalar).
 */

import type { MetadataField, Outline } from '../outline/types.js';
import { lineBreakOf, lineStartOffset } from './positions.js';
import type { Fix } from './types.js';

export interface LineRange {
  /** 1-based, inclusive. */
  first: number;
  last: number;
}

export function fieldLines(outline: Outline, field: MetadataField): LineRange {
  let last = Math.max(field.span.end.line, field.valueSpan.end.line);
  const fenceLine = outline.frontmatter?.span.end.line ?? 0;
  if (field.form === 'frontmatter') {
    while (last + 1 < fenceLine && /^(?:\s|-\s|-$)/u.test(outline.lines[last] ?? '')) last += 1;
  }
  return { first: field.span.start.line, last };
}

/** Removes the field's lines. */
export function deleteField(outline: Outline, field: MetadataField): Fix {
  const { first, last } = fieldLines(outline, field);
  return { range: [lineStartOffset(outline, first), lineStartOffset(outline, last + 1)], text: '' };
}

/** The text of whole lines, each with its line break (the last one's, when the source has one). */
export function linesText(outline: Outline, { first, last }: LineRange): string {
  const br = lineBreakOf(outline);
  return outline.lines.slice(first - 1, last).map((line) => `${line}${br}`).join('');
}

/**
 * Moves the lines of `moved` to stand before line `before` (which is not inside them), as one edit
 * over the lines between.
 */
export function moveLines(outline: Outline, moved: LineRange, before: number): Fix {
  const text = linesText(outline, moved);
  if (before < moved.first) {
    const between = linesText(outline, { first: before, last: moved.first - 1 });
    return { range: [lineStartOffset(outline, before), lineStartOffset(outline, moved.last + 1)], text: text + between };
  }
  const between = linesText(outline, { first: moved.last + 1, last: before - 1 });
  return { range: [lineStartOffset(outline, moved.first), lineStartOffset(outline, before)], text: between + text };
}
