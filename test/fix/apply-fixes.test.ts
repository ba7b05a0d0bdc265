import { describe, expect, it } from '@jest/globals';
import { applyFixes } from '../../src/fix/apply-fixes.js';

describe('applyFixes (one pass, as ESLint applies fixes)', () => {
  it('applies fixes in source order, whatever order they come in', () => {
    const source = 'abcdefgh';
    const fixes = [
      { range: [6, 8] as [number, number], text: 'GH' },
      { range: [0, 0] as [number, number], text: '>' },
      { range: [2, 4] as [number, number], text: 'CD' },
    ];
    expect(applyFixes(source, fixes)).toEqual({ output: '>abCDefGH', applied: 3 });
  });

  it('skips a fix that overlaps or touches the one before it: the next pass gets it', () => {
    const source = '0123456789';
    const fixes = [
      { range: [2, 5] as [number, number], text: 'x' },
      { range: [4, 6] as [number, number], text: 'overlaps' },
      { range: [5, 5] as [number, number], text: 'touches' },
      { range: [7, 8] as [number, number], text: 'y' },
    ];
    expect(applyFixes(source, fixes)).toEqual({ output: '01x56y89', applied: 2 });
  });

  it('applies insertions at the same place in one pass, in the order they come in', () => {
    const fixes = [
      { range: [3, 3] as [number, number], text: 'A' },
      { range: [0, 1] as [number, number], text: 'x' },
      { range: [3, 3] as [number, number], text: 'B' },
      { range: [3, 3] as [number, number], text: 'C' },
    ];
    expect(applyFixes('abcdef', fixes)).toEqual({ output: 'xbcABCdef', applied: 4 });
  });

  it('leaves out an insertion of the same text at the same place, and one where a replacement ends', () => {
    const fixes = [
      { range: [1, 3] as [number, number], text: 'R' },
      { range: [3, 3] as [number, number], text: 'after R' },
      { range: [5, 5] as [number, number], text: 'A' },
      { range: [5, 5] as [number, number], text: 'A' },
    ];
    expect(applyFixes('abcdef', fixes)).toEqual({ output: 'aRdeAf', applied: 2 });
  });

  it('applies one insertion per place without joinInsertions, as ESLint', () => {
    const fixes = [
      { range: [3, 3] as [number, number], text: 'B' },
      { range: [3, 3] as [number, number], text: 'A' },
    ];
    expect(applyFixes('abcdef', fixes, { joinInsertions: false })).toEqual({ output: 'abcBdef', applied: 1 });
  });

  it('skips ranges that are reversed or outside the source', () => {
    const fixes = [
      { range: [4, 2] as [number, number], text: 'reversed' },
      { range: [5, 9] as [number, number], text: 'outside' },
      { range: [-1, 0] as [number, number], text: 'before' },
    ];
    expect(applyFixes('abcdef', fixes)).toEqual({ output: 'abcdef', applied: 0 });
  });

  it('inserts at the very start and the very end', () => {
    const fixes = [
      { range: [0, 0] as [number, number], text: '[' },
      { range: [3, 3] as [number, number], text: ']' },
    ];
    expect(applyFixes('abc', fixes)).toEqual({ output: '[abc]', applied: 2 });
  });
});
