/**
 * `linearTest` answers as the pattern's RegExp (flags `iu`) does, for every pattern the template
 * compiler writes and every text, and in time linear in the text.
 */

import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { lastCharacterTest, linearTest } from '../../src/match/linear-pattern.js';
import { patternFromSegments, seriesPattern, wordsPattern, type Segment } from '../../src/template/patterns.js';
import { normalizeForMatch } from '../../src/template/text.js';

const regexTest = (source: string) => (text: string) => new RegExp(source, 'iu').test(text);

/**
 * Pieces of template and document text: words, spaces, the compiler's escaped characters, ids,
 * numbers, parentheses and markers, line terminators, and what Unicode case folding makes of them
 * (`ſ` folds to `s`, the Kelvin sign to `k`).
 */
const pieces = [
  'a', 'b', 'plan', 'Plan', 'kep', 'K', '\u212A', 'ſ', 's', 'é', 'É', '😀', '\uD800', ' ', '  ', '-', '—', ':', '.', '1', '42', '1.2',
  '(', ')', '(optional)', '[', ']', '*', '+', '?', '$', '^', '|', '\\', '/', '{', '}', 'xx', 'NNNN', 'x', '\n', '\u2028', '\t',
];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 14 }).map((parts) => parts.join(''));
const segment: fc.Arbitrary<Segment> = fc.oneof(
  text.map((literal): Segment => ({ kind: 'literal', text: literal })),
  fc.constantFrom<Segment>({ kind: 'hole', hole: 'any' }, { kind: 'hole', hole: 'id' }, { kind: 'hole', hole: 'sample-id' }),
);
const options = fc.record({ optionalTrailingParen: fc.boolean(), optionalLeadingNumber: fc.boolean(), optionalMarker: fc.boolean() });

/** What a document might write for the segments: each literal (normalized, as documents' text is), each hole filled in. */
function filledIn(segments: readonly Segment[], fills: readonly string[]): string {
  return segments.map((part, index) => (part.kind === 'literal' ? normalizeForMatch(part.text) : fills[index % fills.length])).join('');
}

const fill = fc.oneof(text, fc.constantFrom('kep-12', 'KEP-NNNN', 'a-1', 'x', 'rate limiter'));

describe('linearTest', () => {
  it("agrees with the RegExp on the compiler's text patterns", () => {
    let matched = 0;
    fc.assert(
      fc.property(
        fc.array(segment, { maxLength: 6 }),
        options,
        fc.array(fill, { minLength: 1, maxLength: 4 }),
        fc.array(text, { maxLength: 4 }),
        (segments, chosen, fills, others) => {
          const source = patternFromSegments(segments, chosen);
          const test = linearTest(source);
          expect(test).not.toBeNull();
          const regex = new RegExp(source, 'iu');
          for (const subject of [filledIn(segments, fills), `1. ${filledIn(segments, fills)} (note)`, ...others]) {
            const expected = regex.test(subject);
            if (expected) matched += 1;
            expect([source, subject, test!(subject)]).toEqual([source, subject, expected]);
          }
        },
      ),
      { numRuns: 2_000 },
    );
    // The texts were written to match often: the agreement is not only on failures.
    expect(matched).toBeGreaterThan(1_000);
  });

  it('agrees with the RegExp on item patterns and other sources it reads', () => {
    const sources = [
      wordsPattern(['tests', 'pass']),
      wordsPattern(['café']),
      '^.+$',
      'ab|c',
      '(?:a|b)*c',
      'a{2,3}b?',
      '(?:)*x',
      '^(?:a?)*$',
      '^\\d+(?:\\.\\d+)*\\.?\\s[^\\p{L}\\p{N}]+$',
      'x$',
    ];
    fc.assert(
      fc.property(fc.constantFrom(...sources), text, (source, subject) => {
        expect(linearTest(source)!(subject)).toBe(regexTest(source)(subject));
      }),
      { numRuns: 3_000 },
    );
  });

  it('leaves what it does not read to a RegExp: named groups, lookarounds, an anchor on one alternative', () => {
    const series = seriesPattern({ prefix: 'Phase', numbering: 'number', number: '1', parts: 1, rest: '' });
    for (const source of [series, '(?=a)a', '(?<!a)b', '(a)\\1', '^a|b', 'a|b$', 'a\\bb', 'a{2000}']) {
      expect([source, linearTest(source)]).toEqual([source, null]);
    }
  });

  it("rules out by their last character only texts the pattern's RegExp does not match", () => {
    let ruledOut = 0;
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 6 }), options, fc.array(fill, { minLength: 1, maxLength: 4 }), text, (segments, chosen, fills, other) => {
        const source = patternFromSegments(segments, chosen);
        const ending = lastCharacterTest(source);
        const regex = new RegExp(source, 'iu');
        for (const subject of [filledIn(segments, fills), other]) {
          const last = [...subject].at(-1);
          if (last === undefined || ending === null || ending(last, last.codePointAt(0)!)) continue;
          ruledOut += 1;
          expect([source, subject, regex.test(subject)]).toEqual([source, subject, false]);
        }
      }),
      { numRuns: 2_000 },
    );
    expect(ruledOut).toBeGreaterThan(100);
    expect(lastCharacterTest('^(?:\\d+(?:\\.\\d+)*\\.?\\s)?summary$')!('Y', 89)).toBe(true);
    expect(lastCharacterTest('^(?:\\d+(?:\\.\\d+)*\\.?\\s)?summary$')!('s', 115)).toBe(false);
    for (const source of ['^.+$', 'summary', '^a|b$', '^(?:a|b)$']) expect([source, lastCharacterTest(source)]).toEqual([source, null]);
  });

  it('tests a heading of many placeholders against a long heading in linear time', () => {
    // Five holes: a backtracking RegExp takes minutes on 400 words, the automaton milliseconds.
    const source = patternFromSegments(
      Array.from({ length: 5 }, (): Segment[] => [{ kind: 'hole', hole: 'any' }, { kind: 'literal', text: ' ' }]).flat().concat({ kind: 'literal', text: 'plan' }),
    );
    const words = Array.from({ length: 400 }, (_, index) => `w${index}`).join(' ');
    expect(linearTest(source)!(words)).toBe(false);
    expect(linearTest(source)!(`${words} plan`)).toBe(true);
  });
});
