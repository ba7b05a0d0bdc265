import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { normalizeForMatch, normalizeInFull } from '../../src/template/text.js';

describe('normalizeForMatch', () => {
  it.each([
    ['**Verification:**', 'verification'],
    ['Verification :', 'verification'],
    ['Step  1\tof _two_', 'step 1 of two'],
    ['Plain Words', 'plain words'],
    ['snake_case stays', 'snake_case stays'],
  ])('%j → %j', (text, normalized) => {
    expect(normalizeForMatch(text)).toBe(normalized);
  });

  it('gives every text what the full normalization gives: the plain-text shortcut changes nothing', () => {
    const pieces = ['a', 'Word', 'É', '1', ' ', '  ', '\t', '\u00a0', '*', '`', '_', ':', '-', '\n'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(normalizeForMatch(text)).toBe(normalizeInFull(text));
      }),
      { numRuns: 2000 },
    );
  });
});
