/**
 * The document's text as the builder sees it: split into lines, with the arithmetic that turns a
 * (line, column) pair into a Point. Every position in the Outline is computed here, from the text,
 * so that both front-ends produce the same numbers whatever their parser reports.
 */

import type { LineBreak, Point } from './types.js';

export interface SourceText {
  /** The text handed to the parsers: the source without a leading byte-order mark. */
  text: string;
  /** `text` split on `\r\n`, `\r` and `\n` (the line endings CommonMark knows), without them. */
  lines: string[];
  /** Offset in `text` of each line's first character. */
  lineStarts: number[];
  /** 1 when the source starts with a byte-order mark, else 0: added to every offset. */
  bom: number;
}

const LINE_ENDING = /\r\n|\r|\n/g;
const BYTE_ORDER_MARK = '\uFEFF';

export function readSource(source: string): SourceText {
  const bom = source.startsWith(BYTE_ORDER_MARK) ? 1 : 0;
  const text = bom === 1 ? source.slice(1) : source;
  const lines: string[] = [];
  const lineStarts: number[] = [];
  let lineStart = 0;
  if (text.includes('\r')) {
    LINE_ENDING.lastIndex = 0;
    for (let ending = LINE_ENDING.exec(text); ending !== null; ending = LINE_ENDING.exec(text)) {
      lines.push(text.slice(lineStart, ending.index));
      lineStarts.push(lineStart);
      lineStart = ending.index + ending[0].length;
    }
  } else {
    for (let ending = text.indexOf('\n'); ending !== -1; ending = text.indexOf('\n', lineStart)) {
      lines.push(text.slice(lineStart, ending));
      lineStarts.push(lineStart);
      lineStart = ending + 1;
    }
  }
  lines.push(text.slice(lineStart));
  lineStarts.push(lineStart);
  return { text, lines, lineStarts, bom };
}

/**
 * The Point at 0-based `line` and 0-based UTF-16 `column`. Columns count within the line as the
 * editor shows it (a byte-order mark is not part of line 1); offsets count in the original source.
 */
export function pointAt(source: SourceText, line: number, column: number): Point {
  return { line: line + 1, column: column + 1, offset: source.bom + source.lineStarts[line]! + column };
}

/** Index of the first character of `text` at or after `from` that is not a space or a tab. */
export function skipSpaces(text: string, from: number): number {
  let index = from;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code !== 0x20 && code !== 0x09) break;
    index++;
  }
  return index;
}

/** Length of `text` without its trailing whitespace (as `String#trimEnd` sees whitespace). */
export function trimmedEnd(text: string): number {
  return text.trimEnd().length;
}

export function isBlank(text: string): boolean {
  return text.trimEnd().length === 0;
}

/** The first line break of `text`, or `\n` when it has none. */
export function firstLineBreak(text: string): LineBreak {
  const carriageReturn = text.indexOf('\r');
  if (carriageReturn === -1) return '\n';
  const lineFeed = text.indexOf('\n');
  if (lineFeed !== -1 && lineFeed < carriageReturn) return '\n';
  return lineFeed === carriageReturn + 1 ? '\r\n' : '\r';
}
