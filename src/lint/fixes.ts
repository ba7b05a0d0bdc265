/**
 * Text edits that insert template text: a block (a heading) or a single line, at a line start or
 * at the end of the source, with the document's own line breaks.
 */

import type { Outline, Point } from '../outline/types.js';
import { lineBreakOf } from './positions.js';
import type { Fix } from './types.js';

/** Where an insertion goes: a line start, or the end of the source. */
export interface InsertionPoint {
  point: Point;
  atEnd: boolean;
}

function sourceEndsWithLineBreak(outline: Outline): boolean {
  return outline.lines.length > 1 && outline.lines[outline.lines.length - 1] === '';
}

/** Inserts a block (a heading) separated from what follows, and from what precedes at the end of the source, by a blank line. */
export function insertBlock(outline: Outline, at: InsertionPoint, text: string): Fix {
  const offset = at.point.offset;
  const br = lineBreakOf(outline);
  if (!at.atEnd) return { range: [offset, offset], text: `${text}${br}${br}` };
  const empty = outline.lines.length <= 1 && (outline.lines[0] ?? '') === '';
  const lead = empty ? '' : sourceEndsWithLineBreak(outline) ? br : br + br;
  return { range: [offset, offset], text: `${lead}${text}${br}` };
}

/** Inserts one line. */
export function insertLine(outline: Outline, at: InsertionPoint, text: string): Fix {
  const offset = at.point.offset;
  const br = lineBreakOf(outline);
  if (!at.atEnd || sourceEndsWithLineBreak(outline) || outline.lines.join('') === '') {
    return { range: [offset, offset], text: `${text}${br}` };
  }
  return { range: [offset, offset], text: `${br}${text}${br}` };
}
