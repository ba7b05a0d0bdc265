/**
 * The placeholder scan's prefilter (src/lint/placeholder-scan.ts): it lets through every line in
 * which LiteralSearch finds a text, with the cheaper RegExp of ASCII texts as with the other.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { fold, LiteralSearch } from '../../src/lint/literal-search.js';
import { prefilterOf } from '../../src/lint/placeholder-scan.js';

/** ASCII pieces of placeholders, and characters that fold to ASCII ones or look like them. */
const pieces = ['[', ']', '<', '>', 'x', 'X', 'name', 'Name', 'ſ', 's', 'S', 'K', '\u212A', 'k', 'i', 'İ', 'ı', 'é', '😀', ' ', '.', '|', '('];
const piece = fc.constantFrom(...pieces);
const line = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(''));
const asciiText = fc.array(fc.constantFrom(...pieces.filter((p) => /^[\x00-\x7f]+$/u.test(p))), { minLength: 1, maxLength: 4 }).map((parts) => parts.join(''));
const anyText = fc.array(piece, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(''));

describe('the placeholder prefilter', () => {
  it.each([
    ['ASCII texts', asciiText],
    ['any texts', anyText],
  ])('lets through every line holding one of the %s', (_, text) => {
    fc.assert(
      fc.property(fc.uniqueArray(text, { minLength: 1, maxLength: 6, selector: (value) => value.toLowerCase() }), line, (texts, subject) => {
        if (new LiteralSearch(texts).find(subject).length > 0) expect(prefilterOf(texts)!.test(subject)).toBe(true);
      }),
      { numRuns: 3_000 },
    );
  });

  it('rules out lines holding none', () => {
    const mayHold = prefilterOf(['[Name]', 'TBD'])!;
    expect(mayHold.test('The limiter keeps a bucket per tenant.')).toBe(false);
    expect(mayHold.test('Owner: [name]')).toBe(true);
    expect(mayHold.test('tbd \u2014 later')).toBe(true);
  });

  it('relies on only the long s and the Kelvin sign folding to an ASCII character', () => {
    const foldingToAscii: string[] = [];
    for (let code = 0x80; code < 0x110000; code++) if ((code < 0xd800 || code > 0xdfff) && fold(code) < 0x80) foldingToAscii.push(code.toString(16));
    expect(foldingToAscii).toEqual(['17f', '212a']);
  });
});
