/**
 * A unified diff of two versions of a text (what `--fix-dry-run` prints), in the form `git diff`
 * and `patch` read: `---`/`+++` headers, `@@ -a,b +c,d @@` hunks with three lines of context, and
 * `\ No newline at end of file` where a version does not end with a line break. Lines are compared
 * with their terminators, so a changed line ending shows; a `\r` stays in the printed line.
 */

import { diffLines, splitLines, type LineEdit } from './line-diff.js';

const CONTEXT = 3;

/** The diff of `before` to `after` under the given file names; the empty string when they are equal. */
export function unifiedDiff(before: string, after: string, names: { from: string; to: string }): string {
  if (before === after) return '';
  const edits = diffLines(splitLines(before), splitLines(after));
  let text = `--- ${names.from}\n+++ ${names.to}\n`;
  for (const hunk of hunksOf(edits)) text += printHunk(edits, hunk);
  return text;
}

interface Hunk {
  /** Index range of `edits`, end exclusive. */
  start: number;
  end: number;
}

/** Changes with their context; changes less than two contexts apart share a hunk. */
function hunksOf(edits: readonly LineEdit[]): Hunk[] {
  const hunks: Hunk[] = [];
  edits.forEach((edit, index) => {
    if (edit.kind === 'same') return;
    const start = Math.max(0, index - CONTEXT);
    const end = Math.min(edits.length, index + 1 + CONTEXT);
    const last = hunks[hunks.length - 1];
    if (last && start <= last.end) last.end = end;
    else hunks.push({ start, end });
  });
  return hunks;
}

function printHunk(edits: readonly LineEdit[], hunk: Hunk): string {
  let oldLine = 1;
  let newLine = 1;
  for (const edit of edits.slice(0, hunk.start)) {
    if (edit.kind !== 'added') oldLine++;
    if (edit.kind !== 'removed') newLine++;
  }
  const lines = edits.slice(hunk.start, hunk.end);
  const oldCount = lines.filter((edit) => edit.kind !== 'added').length;
  const newCount = lines.filter((edit) => edit.kind !== 'removed').length;
  let text = `@@ -${range(oldLine, oldCount)} +${range(newLine, newCount)} @@\n`;
  for (const edit of lines) {
    const marker = edit.kind === 'same' ? ' ' : edit.kind === 'removed' ? '-' : '+';
    text += edit.line.endsWith('\n') ? `${marker}${edit.line}` : `${marker}${edit.line}\n\\ No newline at end of file\n`;
  }
  return text;
}

/** `start,count` as diff writes it: the count left out when it is 1, the line before when it is 0. */
function range(start: number, count: number): string {
  if (count === 1) return String(start);
  return `${count === 0 ? start - 1 : start},${count}`;
}
