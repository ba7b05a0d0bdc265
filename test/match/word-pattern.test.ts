/** `matchesPattern` answers as the pattern's RegExp does, whatever the text. */

import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { regexOf } from '../../src/match/schema-index.js';
import { matchesPattern } from '../../src/match/word-pattern.js';
import type { WordsPattern } from '../../src/match/word-pattern.js';
import { itemLeadingWords, wordsPattern } from '../../src/template/patterns.js';

const itemPattern = (text: string): string => wordsPattern(itemLeadingWords(text));

const templateItems = [
  'Tests pass',
  '(R) Design details are appropriately documented',
  'e2e Tests for all Beta API Operations (endpoints)',
  'Supporting documentation—e.g., additional design documents, links to mailing list discussions',
  'Docs updated (if needed)',
  'Café menu reviewed',
  'Other',
];
const patterns: WordsPattern[] = templateItems.map((text) => ({
  display: text,
  pattern: itemPattern(text),
  words: itemLeadingWords(text),
}));

/**
 * Pieces of item text: the patterns' words, other words, separators, line terminators, and what
 * Unicode case folding makes of them (`ſ` folds to `s`, the Kelvin sign to `k`, U+0345 to a letter).
 */
const pieces = [
  'r', 'design', 'details', 'are', 'tests', 'pass', 'e2e', 'for', 'all', 'beta', 'other', 'docs', 'updated', 'café',
  'supporting', 'documentation', 'Tests', 'TESTS', 'teſts', 'other\u212A', 'pas', 'passed', '2e2',
  ' ', '  ', '(', ')', ', ', '-', '—', '_', '.', '\n', '\r', '\u2028', '\u0345', 'é', '😀', '\uD800',
];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((parts) => parts.join(''));

describe('matchesPattern', () => {
  it('agrees with the RegExp on leading-words patterns', () => {
    fc.assert(
      fc.property(fc.constantFrom(...patterns), text, (pattern, subject) => {
        expect(matchesPattern(pattern, subject)).toBe(regexOf(pattern).test(subject));
      }),
      { numRuns: 5000 },
    );
  });

  it('agrees with the RegExp on the texts item patterns were written for', () => {
    for (const pattern of patterns) {
      for (const item of templateItems) {
        const subject = item.toLowerCase();
        expect(matchesPattern(pattern, subject)).toBe(regexOf(pattern).test(subject));
      }
    }
    expect(matchesPattern(patterns[0]!, 'tests pass on ci')).toBe(true);
    expect(matchesPattern(patterns[0]!, 'tests passed')).toBe(false);
    expect(matchesPattern(patterns[0]!, 'teſts pass')).toBe(true);
  });

  it('tests any other pattern with its RegExp', () => {
    const pattern = { display: 'Tests pass', pattern: '^(?:\\d+\\.?\\s)?tests? pass(?:\\s*\\(.*\\))?$' };
    expect(matchesPattern(pattern, '1. test pass (ci)')).toBe(true);
    expect(matchesPattern(pattern, 'tests passed')).toBe(false);
  });
});
