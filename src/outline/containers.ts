/**
 * Reading a line of a nested block past the markers of the containers it sits in (`>` of a
 * blockquote, the marker of a list item on the item's first line, their indentation).
 */

import type { IrContainer } from './ir.js';
import { skipSpaces } from './source.js';

const GREATER_THAN = 0x3e;

/**
 * Index of the first character of `line` (the line numbered `lineIndex`) that is neither a container
 * marker of `chain` nor a space or tab. A lazy continuation line simply has no `>` to skip.
 */
export function contentStart(line: string, lineIndex: number, chain: readonly IrContainer[]): number {
  let index = 0;
  for (const container of chain) {
    index = skipSpaces(line, index);
    if (container.kind === 'blockquote') {
      if (line.charCodeAt(index) === GREATER_THAN) index++;
    } else if (container.start === lineIndex) {
      index = skipListMarker(line, index);
    }
  }
  return skipSpaces(line, index);
}

/** Index just past the list marker (`-`, `+`, `*`, or 1–9 digits and `.` or `)`) at `from`. */
export function skipListMarker(line: string, from: number): number {
  const first = line.charCodeAt(from);
  if (first === 0x2d || first === 0x2b || first === 0x2a) return from + 1;
  let index = from;
  while (index < line.length && index - from < 9 && isDigit(line.charCodeAt(index))) index++;
  const delimiter = line.charCodeAt(index);
  return index > from && (delimiter === 0x2e || delimiter === 0x29) ? index + 1 : from;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}
