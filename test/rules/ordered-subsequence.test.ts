import { describe, expect, it } from '@jest/globals';
import { longestOrderedSubsequence } from '../../src/lint/ordered-subsequence.js';

describe('longestOrderedSubsequence', () => {
  it('keeps the longest non-decreasing run, equal keys included', () => {
    expect(longestOrderedSubsequence([0, 1, 1, 2])).toEqual([true, true, true, true]);
    expect(longestOrderedSubsequence([1, 2, 0])).toEqual([true, true, false]);
    expect(longestOrderedSubsequence([3, 0, 1, 2])).toEqual([false, true, true, true]);
    expect(longestOrderedSubsequence([])).toEqual([]);
  });

  it('keeps the later of two swapped neighbours', () => {
    expect(longestOrderedSubsequence([0, 2, 1, 3])).toEqual([true, false, true, true]);
    expect(longestOrderedSubsequence([1, 0])).toEqual([false, true]);
  });
});
