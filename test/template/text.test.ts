import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  blankComments,
  normalizeForMatch,
  normalizeInFull,
  proseWordCount,
  sentenceHead,
  sentenceKey,
  sentenceSpans,
} from '../../src/template/text.js';

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

describe('sentences (template text left in)', () => {
  const sentences = (text: string): string[] => sentenceSpans(text).map(({ start, end }) => text.slice(start, end));

  it('splits after . ! ? and closing marks, not after abbreviations or initials', () => {
    expect(sentences('Say why. Use e.g. a table, i.e. rows!  Ask A. N. Other? *Done.* Last one')).toEqual([
      'Say why.',
      'Use e.g. a table, i.e. rows!',
      'Ask A. N. Other?',
      '*Done.*',
      'Last one',
    ]);
    expect(sentences('Version 1.2 ships.\nThen `a.b` runs.')).toEqual(['Version 1.2 ships.', 'Then `a.b` runs.']);
  });

  it('compares sentences by their words: markup, links, spacing and case ignored', () => {
    expect(sentenceKey('Explain *why*, see [the guide](https://x.test/g)\n  first.')).toBe('explain why see the guide first');
  });

  it('counts the words of prose: code and file names are not prose', () => {
    expect(proseWordCount('Refer to [PLAN.md](./PLAN.md) for `the full list` of steps.')).toBe(6);
  });

  it('blanks comments, keeping offsets and lines', () => {
    expect(blankComments('A <!-- b\nc --> d')).toBe(`A${' '.repeat(7)}\n${' '.repeat(6)}d`);
  });

  it('reads the first two words of the key, or nothing where a link may stand', () => {
    expect(sentenceHead('Ok. **This** section, then.', 4, 27)).toBe('this section');
    expect(sentenceHead('[Rust](https://r.test) is', 0, 25)).toBeNull();
    expect(sentenceHead('One.', 0, 4)).toBeNull();
    const pieces = ['a', 'B', 'É', '1', ' ', '\n', '*', '`', '_', '.', ',', '[', ']', '(', ')', '!', '-'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 16 }), (parts) => {
        const text = parts.join('');
        const head = sentenceHead(text, 0, text.length);
        if (head !== null) expect(sentenceKey(text).split(' ').slice(0, 2).join(' ')).toBe(head);
      }),
    );
  });
});
