import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { applyFixes } from '../../src/fix/apply-fixes.js';
import { lineChanges } from '../../src/fix/line-diff.js';
import { unifiedDiff } from '../../src/fix/unified-diff.js';

const names = { from: 'a/doc.md', to: 'b/doc.md' };
const numbered = (count: number): string => Array.from({ length: count }, (_, index) => `line ${index + 1}\n`).join('');

describe('unifiedDiff', () => {
  it('is empty for equal texts', () => {
    expect(unifiedDiff('a\nb\n', 'a\nb\n', names)).toBe('');
  });

  it('prints an insertion with three lines of context', () => {
    const before = numbered(10);
    const after = before.replace('line 5\n', 'line 5\nnew\n');
    expect(unifiedDiff(before, after, names)).toBe(
      [
        '--- a/doc.md',
        '+++ b/doc.md',
        '@@ -3,6 +3,7 @@',
        ' line 3',
        ' line 4',
        ' line 5',
        '+new',
        ' line 6',
        ' line 7',
        ' line 8',
        '',
      ].join('\n'),
    );
  });

  it('joins changes whose context meets, and splits those further apart', () => {
    const before = numbered(20);
    const after = before.replace('line 2\n', 'two\n').replace('line 8\n', 'eight\n').replace('line 18\n', '');
    expect(unifiedDiff(before, after, names)).toBe(
      [
        '--- a/doc.md',
        '+++ b/doc.md',
        '@@ -1,11 +1,11 @@',
        ' line 1',
        '-line 2',
        '+two',
        ' line 3',
        ' line 4',
        ' line 5',
        ' line 6',
        ' line 7',
        '-line 8',
        '+eight',
        ' line 9',
        ' line 10',
        ' line 11',
        '@@ -15,6 +15,5 @@',
        ' line 15',
        ' line 16',
        ' line 17',
        '-line 18',
        ' line 19',
        ' line 20',
        '',
      ].join('\n'),
    );
  });

  it('says where a text has no line break at its end, and shows a changed line ending', () => {
    expect(unifiedDiff('a\r\nb', 'a\nb\n', names)).toBe(
      ['--- a/doc.md', '+++ b/doc.md', '@@ -1,2 +1,2 @@', '-a\r', '-b', '\\ No newline at end of file', '+a', '+b', ''].join('\n'),
    );
  });

  it('writes an empty side as line 0', () => {
    expect(unifiedDiff('', 'x\n', names)).toBe(['--- a/doc.md', '+++ b/doc.md', '@@ -0,0 +1 @@', '+x', ''].join('\n'));
  });

  it('gives diffs that patch applies', () => {
    const folder = mkdtempSync(join(tmpdir(), 'guidelint-diff-'));
    try {
      const before = numbered(30);
      const after = before.replace('line 1\n', '').replace('line 12\n', 'twelve\nand more\n').replace(/line 30\n$/u, 'end');
      writeFileSync(join(folder, 'doc.md'), before);
      writeFileSync(join(folder, 'fix.diff'), unifiedDiff(before, after, names));
      execFileSync('patch', ['-s', '-p1', '-i', 'fix.diff'], { cwd: folder });
      expect(readFileSync(join(folder, 'doc.md'), 'utf8')).toBe(after);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('lineChanges', () => {
  const lines = fc.array(fc.constantFrom('a\n', 'b\n', 'c\n', 'd\r\n', '\n'), { maxLength: 25 });
  const text = fc.tuple(lines, fc.constantFrom('', 'tail')).map(([body, tail]) => body.join('') + tail);

  it('gives edits that turn one text into the other, one per run of changed lines', () => {
    fc.assert(
      fc.property(text, text, (before, after) => {
        const changes = lineChanges(before, after);
        expect(applyFixes(before, changes).output).toBe(after);
        for (const [index, change] of changes.entries()) {
          if (index > 0) expect(change.range[0]).toBeGreaterThan(changes[index - 1]!.range[1]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('leaves unchanged lines out', () => {
    expect(lineChanges('a\nb\nc\n', 'a\nB\nc\nd\n')).toEqual([
      { range: [2, 4], text: 'B\n' },
      { range: [6, 6], text: 'd\n' },
    ]);
  });
});
