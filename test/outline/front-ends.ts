/** Shared helpers for the Outline tests: both front-ends, and spans written by line and column. */

import { outlineFromMarkdownIt } from '../../src/outline/from-markdown-it.js';
import { outlineFromRemark } from '../../src/outline/from-remark.js';
import type { Outline, Span } from '../../src/outline/types.js';

/** `describe.each(frontEnds)('%s', (_name, outlineOf) => …)` runs a suite against both. */
export const frontEnds: ReadonlyArray<readonly [string, (source: string) => Outline]> = [
  ['remark', outlineFromRemark],
  ['markdown-it', outlineFromMarkdownIt],
];

/**
 * The span from `line:column` to `endLine:endColumn` (1-based) of an LF-only `source`, with its
 * offsets counted here from the lines.
 */
export function spanOf(source: string, line: number, column: number, endLine: number, endColumn: number): Span {
  return { start: pointOf(source, line, column), end: pointOf(source, endLine, endColumn) };
}

function pointOf(source: string, line: number, column: number): Span['start'] {
  const lines = source.split('\n');
  if (line > lines.length || column - 1 > lines[line - 1]!.length) throw new Error(`no ${line}:${column} in the source`);
  const offset = lines.slice(0, line - 1).reduce((sum, text) => sum + text.length + 1, 0) + column - 1;
  return { line, column, offset };
}
