/** One pass of text edits over a source, as ESLint applies fixes: in order, skipping any that overlaps one before it. */

import type { Fix } from '../lint/types.js';

export interface AppliedFixes {
  output: string;
  /** How many of the fixes were applied; the others overlapped an earlier one (or were out of range) and wait for the next pass. */
  applied: number;
}

/**
 * The fixes one pass applies, sorted by range. A fix that starts at or before the end of the last
 * one chosen is left out, so two insertions at one place go in over two passes, each seeing the
 * other's result; so is a fix out of the source's range.
 */
export function chooseFixes(source: string, fixes: readonly Fix[]): Fix[] {
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const chosen: Fix[] = [];
  let lastEnd = Number.NEGATIVE_INFINITY;
  for (const fix of sorted) {
    const [start, end] = fix.range;
    if (start <= lastEnd || start > end || start < 0 || end > source.length) continue;
    chosen.push(fix);
    lastEnd = end;
  }
  return chosen;
}

/** Applies the fixes `chooseFixes` chooses. */
export function applyFixes(source: string, fixes: readonly Fix[]): AppliedFixes {
  const chosen = chooseFixes(source, fixes);
  let output = '';
  let copied = 0;
  for (const { range, text } of chosen) {
    output += source.slice(copied, range[0]) + text;
    copied = range[1];
  }
  return { output: output + source.slice(copied), applied: chosen.length };
}
