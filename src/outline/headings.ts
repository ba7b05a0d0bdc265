/** A top-level heading's source text, plain text and span. */

import type { IrHeading } from './ir.js';
import { plainText } from './plain-text.js';
import { blockSpan } from './spans.js';
import { skipSpaces, trimmedEnd } from './source.js';
import type { SourceText } from './source.js';
import { detached, TextMemo } from './text-memo.js';
import type { Heading } from './types.js';

const HASH = 0x23;

/** A top-level heading. A setext heading is the only kind that spans lines (its underline). */
export function headingOf(source: SourceText, heading: IrHeading): Heading {
  const setext = heading.end > heading.start;
  const raw = setext ? setextRaw(source, heading) : atxRaw(source.lines[heading.start]!);
  return { level: heading.level, raw, text: headingText(raw), setext, span: blockSpan(source, heading, []) };
}

/**
 * Heading sources already read, and their plain text: documents written from one template repeat
 * its headings (`## Motivation`), and a lookup costs less than reading one again.
 */
const headingTexts = new TextMemo<string>();

function headingText(raw: string): string {
  return headingTexts.get(raw, (source) => detached(plainText(source)));
}

/** After the opening `#`s, without the closing sequence, trimmed. */
function atxRaw(line: string): string {
  let start = skipSpaces(line, 0);
  while (line.charCodeAt(start) === HASH) start++;
  const content = line.slice(start, trimmedEnd(line));
  let end = content.length;
  while (end > 0 && content.charCodeAt(end - 1) === HASH) end--;
  // A closing sequence is a run of `#`s preceded by a space or tab (or by nothing).
  const closed = end < content.length && (end === 0 || content[end - 1] === ' ' || content[end - 1] === '\t');
  return (closed ? content.slice(0, end) : content).trim();
}

/** The content lines, each trimmed, joined with "\n". */
function setextRaw(source: SourceText, heading: IrHeading): string {
  return source.lines
    .slice(heading.start, heading.end)
    .map((line) => line.trim())
    .join('\n');
}
