/** One pass of text edits over a source, as ESLint applies fixes: in order, skipping any that overlaps one before it. */

import type { Fix } from '../lint/types.js';

export interface AppliedFixes {
  output: string;
  /** How many of the fixes were applied; the others overlapped an earlier one (or were out of range) and wait for the next pass. */
  applied: number;
}

export interface ChooseOptions {
  /**
   * Whether an insertion at the place of insertions already chosen goes in too, after them (in the
   * order the fixes come in: a rule reports what is missing at one place in template order); an
   * insertion of the same text as one chosen there never does. A function decides per pair (the
   * insertion chosen last there, the next one). Default true; false: one insertion per place and
   * pass, as ESLint.
   */
  joinInsertions?: boolean | ((chosen: Fix, next: Fix) => boolean);
}

/**
 * The fixes one pass applies, sorted by range (fixes with equal ranges keep the order they come
 * in). A fix that starts at or before the end of the last one chosen is left out, for the next
 * pass to see the other's result (but see `joinInsertions`); so is a fix out of the source's range.
 */
export function chooseFixes(source: string, fixes: readonly Fix[], { joinInsertions = true }: ChooseOptions = {}): Fix[] {
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const chosen: Fix[] = [];
  let lastEnd = Number.NEGATIVE_INFINITY;
  for (const fix of sorted) {
    const [start, end] = fix.range;
    if (start > end || start < 0 || end > source.length) continue;
    if (start <= lastEnd && !joinsInsertions(chosen, fix, joinInsertions)) continue;
    chosen.push(fix);
    lastEnd = end;
  }
  return chosen;
}

/** Two of the fixes are insertions at one place. */
export function hasJoinedInsertions(fixes: readonly Fix[]): boolean {
  return fixes.some((fix, index) => index > 0 && isInsertionAt(fix, fixes[index - 1]!.range[0]) && isInsertionAt(fixes[index - 1]!, fix.range[0]));
}

function isInsertionAt(fix: Fix, at: number): boolean {
  return fix.range[0] === at && fix.range[1] === at;
}

/** The fix is an insertion at the place of the insertions chosen last, with a text none of them has, and may join them. */
function joinsInsertions(chosen: readonly Fix[], fix: Fix, join: NonNullable<ChooseOptions['joinInsertions']>): boolean {
  const at = fix.range[0];
  const last = chosen[chosen.length - 1];
  if (join === false || last === undefined || !isInsertionAt(fix, at) || !isInsertionAt(last, at)) return false;
  for (let index = chosen.length - 1; index >= 0 && isInsertionAt(chosen[index]!, at); index--) {
    if (chosen[index]!.text === fix.text) return false;
  }
  return join === true || join(last, fix);
}

/** Applies the fixes `chooseFixes` chooses. */
export function applyFixes(source: string, fixes: readonly Fix[], options: ChooseOptions = {}): AppliedFixes {
  const chosen = chooseFixes(source, fixes, options);
  let output = '';
  let copied = 0;
  for (const { range, text } of chosen) {
    output += source.slice(copied, range[0]) + text;
    copied = range[1];
  }
  return { output: output + source.slice(copied), applied: chosen.length };
}
