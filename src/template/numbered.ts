/**
 * Numbered texts (DESIGN §2, Numbered series): a heading or label whose words end in a number,
 * letter, dotted number or range (`Phase 1: Foundation`, `Appendix A`, `1.1 [Quick Win]`,
 * `Day 3-5: [Component]`). The lexing half of series: `classify` groups siblings by `seriesKey`,
 * `patterns.ts` writes their patterns.
 */
import { normalizeForMatch } from './text.js';

export type Numbering = 'number' | 'letter' | 'dotted' | 'range';

export interface NumberedText {
  /** The words before the number, trimmed, as written (may be empty): `Phase`, `Common Issue`. */
  prefix: string;
  numbering: Numbering;
  /** As written: `1`, `A`, `1.1`, `1-2`. */
  number: string;
  /** How many parts the number has: 2 for `1.1`, otherwise 1. */
  parts: number;
  /** What follows the number, as written: `: Foundation (Week 1-2)`. */
  rest: string;
}

/** Up to four words, then a number, letter, dotted number or range, then the end or a separator. */
const NUMBERED =
  /^(?<prefix>(?:\p{L}[\p{L}'’&-]*\s+){0,4}?)(?<number>\d+(?:\.\d+)+|\d+\s?[-–—]\s?\d+|\d+|[A-Z])(?<rest>(?:[\s.:)\-–—].*)?)$/su;

/** Reads a heading or label text as a numbered one, or null. */
export function parseNumbered(text: string): NumberedText | null {
  const match = NUMBERED.exec(text.trim());
  if (!match?.groups) return null;
  const prefix = match.groups.prefix.trim();
  const number = match.groups.number;
  const rest = match.groups.rest;
  const numbering: Numbering = /^[A-Z]$/.test(number)
    ? 'letter'
    : /[-–—]/.test(number)
      ? 'range'
      : number.includes('.')
        ? 'dotted'
        : 'number';
  // A lone capital opening a text is a word ("A Guide to …"), unless punctuation marks it as a number.
  if (numbering === 'letter' && prefix === '' && !/^[.:)]/.test(rest)) return null;
  return { prefix, numbering, number, parts: number.split('.').length, rest };
}

/** Members of one series share this key: prefix (normalized), numbering and number of parts. */
export function seriesKey(numbered: NumberedText): string {
  return `${normalizeForMatch(numbered.prefix)}|${numbered.numbering}|${numbered.parts}`;
}

/** The running part of a member's number: `1` of `Phase 1`, `2` of `1.2`, `3` of `3-5`, `B`. */
export function memberNumber(numbered: NumberedText): string {
  if (numbered.numbering === 'dotted') return numbered.number.split('.').at(-1) ?? numbered.number;
  if (numbered.numbering === 'range') return numbered.number.split(/\s?[-–—]\s?/)[0];
  return numbered.number;
}

/** True when a member's number is the first of a series: 1, A, x.1, 1-…. */
export function isFirstNumber(numbered: NumberedText): boolean {
  return /^(?:1|A)$/.test(memberNumber(numbered));
}
