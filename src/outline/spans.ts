/** Spans of blocks and lines, from the source text. */

import { contentStart } from './containers.js';
import type { IrContainer, LineRange } from './ir.js';
import { pointAt, trimmedEnd } from './source.js';
import type { SourceText } from './source.js';
import type { Span } from './types.js';

/**
 * The last line of `range` with content once the markers of `chain` are set aside: parsers differ
 * on whether a block's range takes in the blank lines after it.
 */
export function lastContentLine(source: SourceText, range: LineRange, chain: readonly IrContainer[]): number {
  let line = range.end;
  while (line > range.start && isBlankIn(source, line, chain)) line--;
  return line;
}

/** From the block's first character past its containers' markers to the end of its last content line. */
export function blockSpan(source: SourceText, range: LineRange, chain: readonly IrContainer[]): Span {
  const first = source.lines[range.start]!;
  const last = lastContentLine(source, range, chain);
  return {
    start: pointAt(source, range.start, contentStart(first, range.start, chain)),
    end: pointAt(source, last, trimmedEnd(source.lines[last]!)),
  };
}

/** From `column` of `line` to the end of the line's content. */
export function restOfLineSpan(source: SourceText, line: number, column: number): Span {
  const text = source.lines[line]!;
  return { start: pointAt(source, line, column), end: pointAt(source, line, Math.max(column, trimmedEnd(text))) };
}

export function columnSpan(source: SourceText, line: number, start: number, end: number): Span {
  return { start: pointAt(source, line, start), end: pointAt(source, line, end) };
}

function isBlankIn(source: SourceText, line: number, chain: readonly IrContainer[]): boolean {
  const text = source.lines[line]!;
  return contentStart(text, line, chain) >= trimmedEnd(text);
}
