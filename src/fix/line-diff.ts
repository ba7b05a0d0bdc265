/** The shortest line-by-line edit script between two texts (Myers' algorithm), lines kept with their terminators. */

import type { Fix } from '../lint/types.js';

export interface LineEdit {
  kind: 'same' | 'removed' | 'added';
  /** The line with its terminator (none on a last line without one). */
  line: string;
}

/** Lines with their terminators (`\n`, or none for a last line without one). */
export function splitLines(text: string): string[] {
  return text === '' ? [] : text.split(/(?<=\n)/u);
}

/**
 * The shortest edit script, by Myers' O(ND) algorithm: round d finds, for every diagonal k, the
 * furthest x reached with d edits. What each round started from (diagonals -d-1 … d+1 only, so
 * memory grows with the square of the edits, not with the document) is kept to walk the path back.
 */
export function diffLines(a: readonly string[], b: readonly string[]): LineEdit[] {
  const offset = a.length + b.length + 1;
  const furthest = new Int32Array(2 * offset + 1);
  const rounds: Int32Array[] = [];
  for (let d = 0; ; d++) {
    rounds.push(furthest.slice(offset - d - 1, offset + d + 2));
    const at = (diagonal: number): number => furthest[offset + diagonal]!;
    for (let k = -d; k <= d; k += 2) {
      let x = comesDown(at, k, d) ? at(k + 1) : at(k - 1) + 1;
      let y = x - k;
      while (x < a.length && y < b.length && a[x] === b[y]) {
        x++;
        y++;
      }
      furthest[offset + k] = x;
      if (x >= a.length && y >= b.length) return backtrack(a, b, rounds);
    }
  }
}

/** Diagonal k is reached from k + 1 (a line added) rather than from k - 1 (a line removed). */
function comesDown(at: (diagonal: number) => number, k: number, d: number): boolean {
  return k === -d || (k !== d && at(k - 1) < at(k + 1));
}

function backtrack(a: readonly string[], b: readonly string[], rounds: readonly Int32Array[]): LineEdit[] {
  const edits: LineEdit[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = rounds.length - 1; d >= 0; d--) {
    const round = rounds[d]!;
    const at = (diagonal: number): number => round[diagonal + d + 1]!;
    const k = x - y;
    const previousK = comesDown(at, k, d) ? k + 1 : k - 1;
    const previousX = d === 0 ? 0 : at(previousK);
    const previousY = d === 0 ? 0 : previousX - previousK;
    while (x > previousX && y > previousY) {
      x--;
      y--;
      edits.push({ kind: 'same', line: a[x]! });
    }
    if (d === 0) break;
    if (x === previousX) edits.push({ kind: 'added', line: b[--y]! });
    else edits.push({ kind: 'removed', line: a[--x]! });
  }
  return edits.reverse();
}


/** The edits that turn `before` into `after`, one per run of changed lines (ranges in `before`). */
export function lineChanges(before: string, after: string): Fix[] {
  const changes: Fix[] = [];
  let offset = 0;
  let run: Fix | null = null;
  for (const edit of diffLines(splitLines(before), splitLines(after))) {
    if (edit.kind === 'same') {
      if (run) changes.push(run);
      run = null;
      offset += edit.line.length;
      continue;
    }
    run ??= { range: [offset, offset], text: '' };
    if (edit.kind === 'removed') {
      offset += edit.line.length;
      run.range[1] = offset;
    } else {
      run.text += edit.line;
    }
  }
  if (run) changes.push(run);
  return changes;
}
