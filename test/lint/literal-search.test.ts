/**
 * `LiteralSearch` finds what a global RegExp of the texts, longest first, with flags `giu` finds,
 * in time linear in the line; `fold` groups code points as the `iu` flags' case folding does.
 */

import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { fold, LiteralSearch, type Found } from '../../src/lint/literal-search.js';
import { escapeRegExp } from '../../src/template/text.js';

/** What the scan did before: one RegExp of all texts, the longest first. */
function foundByRegExp(texts: readonly string[], line: string): Found[] {
  const regex = new RegExp([...texts].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|'), 'giu');
  return [...line.matchAll(regex)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

/** Placeholder texts and their pieces, and what case folding makes of them (`ſ`, the Kelvin sign, final sigma). */
const pieces = ['[', ']', '<', '>', 'x', 'X', 'xx', 'name', 'Name', 'ſ', 's', 'K', '\u212A', 'k', 'Σ', 'σ', 'ς', 'ß', 'İ', 'i', 'ı', '😀', ' ', '.', '\uD800'];
const piece = fc.constantFrom(...pieces);
const text = fc.array(piece, { minLength: 1, maxLength: 5 }).map((parts) => parts.join(''));
const line = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(''));

describe('LiteralSearch', () => {
  it('finds what the RegExp of the texts, longest first, finds', () => {
    fc.assert(
      fc.property(fc.uniqueArray(text, { minLength: 1, maxLength: 6, selector: (value) => value.toLowerCase() }), line, (texts, subject) => {
        expect(new LiteralSearch(texts).find(subject)).toEqual(foundByRegExp(texts, subject));
      }),
      { numRuns: 3_000 },
    );
  });

  it('finds texts overlapping and inside one another, leftmost and longest first', () => {
    const search = new LiteralSearch(['[Name]', 'Name', 'XXX', 'XX']);
    expect(search.find('a [name] NAME xxxx 😀XX')).toEqual([
      { start: 2, end: 8 },
      { start: 9, end: 13 },
      { start: 14, end: 17 },
      { start: 21, end: 23 },
    ]);
  });

  it('searches a line of 20,000 placeholders among 20,000 texts in linear time', () => {
    // The RegExp tries every text at every position: hours here.
    const texts = Array.from({ length: 20_000 }, (_, index) => `[p${index}]`);
    const subject = texts.join(' ');
    const found = new LiteralSearch(texts).find(subject);
    expect(found).toHaveLength(20_000);
    expect(found.at(-1)).toEqual({ start: subject.length - '[p19999]'.length, end: subject.length });
  });
});

describe('fold', () => {
  it('groups every code point as the `iu` flags do', () => {
    const codes = Array.from({ length: 0x110000 }, (_, code) => code).filter((code) => code < 0xd800 || code > 0xdfff);
    const everything = Array.from({ length: Math.ceil(codes.length / 10_000) }, (_, chunk) =>
      String.fromCodePoint(...codes.slice(chunk * 10_000, (chunk + 1) * 10_000)),
    ).join('');
    // A code point casing leaves as it is is its own fold: those casing changes are checked one by one.
    const CASED = /[\p{Changes_When_Casemapped}\p{Changes_When_Casefolded}]/gu;
    const cased = [...everything.matchAll(CASED)].map((match) => match[0].codePointAt(0)!);
    // Each one's RegExp runs once over all of them: what it matches is its class.
    const all = cased.map((code) => String.fromCodePoint(code)).join('');
    const codeAt = new Map<number, number>();
    for (let offset = 0, index = 0; index < cased.length; index++) {
      codeAt.set(offset, cased[index]!);
      offset += cased[index]! > 0xffff ? 2 : 1;
    }
    const byFold = new Map<number, number[]>();
    for (const code of cased) byFold.set(fold(code), [...(byFold.get(fold(code)) ?? []), code]);
    const differing: string[] = [];
    for (const code of cased) {
      const matched = [...all.matchAll(new RegExp(`\\u{${code.toString(16)}}`, 'giu'))].map((match) => codeAt.get(match.index)!);
      if (matched.join() !== byFold.get(fold(code))!.join()) differing.push(code.toString(16));
    }
    expect(differing).toEqual([]);
    // No code point that casing leaves as it is matches one it changes.
    const anyCased = new RegExp(`[${cased.map((code) => `\\u{${code.toString(16)}}`).join('')}]`, 'giu');
    expect([...everything.replace(CASED, '').matchAll(anyCased)].map((match) => match[0])).toEqual([]);
  });
});
