/**
 * Numbered series (DESIGN §2): sibling headings with the same literal prefix followed by a number,
 * letter, dotted number or range (`Phase 1: Foundation`, `Appendix A`, `1.1 [Quick Win]`,
 * `Day 3-5: [Component]`). Numbered labels (`**Test Scenario 1:**`) fold the same way.
 *
 * A series pattern captures the member's number in the named group `n` (the whole dotted number,
 * or a range's start) and a range's end in `end` (absent when a document writes a single number).
 */
import { escapeRegExp, normalizeForMatch } from './text.js';

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

export interface SeriesCandidate {
  numbered: NumberedText;
  /** The text after the number holds a placeholder. */
  hasPlaceholder: boolean;
}

/**
 * Whether numbered siblings (one run of the same key) form a series: some member has a placeholder,
 * or a single member numbered 1 or A is followed by one. Purely literal numbered headings are
 * ordinary sections.
 */
export function isSeries(members: readonly SeriesCandidate[]): boolean {
  if (members.length === 1) return members[0].hasPlaceholder && isFirstNumber(members[0].numbered);
  return members.some((member) => member.hasPlaceholder);
}

const NUMBER_PATTERN: Record<Numbering, (parts: number) => string> = {
  number: () => '(?<n>\\d+)(?![\\p{L}\\p{N}]|\\.\\d)',
  letter: () => '(?<n>[a-z])(?![\\p{L}\\p{N}])',
  dotted: (parts) => `(?<n>\\d+(?:\\.\\d+){${parts - 1}})(?![\\p{L}\\p{N}]|\\.\\d)`,
  range: () => '(?<n>\\d+)(?:\\s?[-–—]\\s?(?<end>\\d+))?(?![\\p{L}\\p{N}])',
};

/** The pattern every member matches: the prefix, the number (captured), then any words. */
export function seriesPattern(numbered: NumberedText): string {
  const prefix = normalizeForMatch(numbered.prefix);
  const head = prefix === '' ? '' : `${escapeRegExp(prefix)}\\s?`;
  return `^${head}${NUMBER_PATTERN[numbered.numbering](numbered.parts)}.*$`;
}

const NUMBER_DISPLAY: Record<Numbering, (parts: number) => string> = {
  number: () => '{n}',
  letter: () => '{A}',
  dotted: (parts) => `${'{x}.'.repeat(parts - 1)}{n}`,
  range: () => '{a}-{b}',
};

/** A readable name for the series: `Phase {n}`, `Appendix {A}`, `Day {a}-{b}`, `{n}. …`, `{x}.{n} …`. */
export function seriesDisplay(numbered: NumberedText): string {
  const number = NUMBER_DISPLAY[numbered.numbering](numbered.parts);
  if (numbered.prefix !== '') return `${numbered.prefix} ${number}`;
  const separator = /^[.)]/.test(numbered.rest) ? numbered.rest[0] : '';
  return numbered.rest.trim() === '' ? `${number}${separator}` : `${number}${separator} …`;
}
