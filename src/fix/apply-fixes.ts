/** One pass of text edits over a source, as ESLint applies fixes: in order, skipping any that overlaps one before it. */

import type { Fix } from '../lint/types.js';

export interface AppliedFixes {
  output: string;
  /** How many of the fixes were applied; the others overlapped an earlier one (or were out of range) and wait for the next pass. */
  applied: number;
}

/**
 * Applies the fixes sorted by range. A fix that starts at or before the end of the last one applied
 * is skipped, so two insertions at one place go in over two passes, each seeing the other's result.
 */
export function applyFixes(source: string, fixes: readonly Fix[]): AppliedFixes {
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let output = '';
  let lastEnd = Number.NEGATIVE_INFINITY;
  let applied = 0;
  for (const { range, text } of sorted) {
    const [start, end] = range;
    if (start <= lastEnd || start > end || start < 0 || end > source.length) continue;
    output += source.slice(Math.max(lastEnd, 0), start) + text;
    lastEnd = end;
    applied += 1;
  }
  return { output: output + source.slice(Math.max(lastEnd, 0)), applied };
}
