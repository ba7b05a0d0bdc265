/** `findLinks` and `keepLinkTexts` find what the RegExps they replaced found, in linear time. */

import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { findLinks, keepLinkTexts } from '../../src/template/text.js';

const NESTED_LINK = /!?\[((?:[^[\]]|\[[^\]]*\])*)\](?:\([^)]*\)|\[[^\]]*\])/gu;
const FLAT_LINK = /!?\[[^\]]*\]\([^)]*\)|!?\[[^\]]*\]\[[^\]]*\]/gu;

const text = fc.array(fc.constantFrom('[', ']', '(', ')', '!', 'a', ' ', '\n', '😀', '[a]', '](u)', '![', '\\'), { maxLength: 24 }).map((parts) => parts.join(''));

describe('findLinks', () => {
  it('finds what the RegExp of links with flat text found', () => {
    fc.assert(
      fc.property(text, (subject) => {
        const expected = [...subject.matchAll(FLAT_LINK)].map((match) => [match.index, match.index + match[0].length]);
        expect(findLinks(subject, false).map((link) => [link.start, link.end])).toEqual(expected);
      }),
      { numRuns: 5_000 },
    );
  });

  it('keeps link texts as the RegExp of links with nested brackets did', () => {
    fc.assert(
      fc.property(text, (subject) => {
        expect(keepLinkTexts(subject)).toBe(subject.replace(NESTED_LINK, '$1'));
      }),
      { numRuns: 5_000 },
    );
    expect(keepLinkTexts('See [the [RFC] text](https://x) and ![logo][img].')).toBe('See the [RFC] text and logo.');
  });

  it('reads a text of 100,000 unclosed brackets in linear time', () => {
    // The RegExps read on to the end from each bracket: minutes here.
    for (const subject of ['['.repeat(100_000), '[a'.repeat(50_000) + ']' + 'x'.repeat(50_000), '[a](u'.repeat(30_000)]) {
      expect(findLinks(subject, false)).toEqual([]);
      expect(keepLinkTexts(subject)).toBe(subject);
    }
  });
});
