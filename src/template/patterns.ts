/**
 * Every pattern the schema holds: a template's heading, title or label text, a numbered series, a
 * task item → an anchored regular-expression source over normalized text (`normalizeForMatch`),
 * placeholders becoming holes.
 *
 * A series pattern captures the member's number in the named group `n` (the whole dotted number,
 * or a range's start) and a range's end in `end` (absent when a document writes a single number).
 * An item pattern is matched against `normalizeItemText(item.text)`.
 */
import type { Numbering, NumberedText } from './numbered.js';
import type { Placeholder } from './placeholders.js';
import { escapeRegExp, normalizeForMatch, normalizeItemText } from './text.js';

export type HoleKind = 'any' | 'id' | 'sample-id';

export type Segment = { kind: 'literal'; text: string } | { kind: 'hole'; hole: HoleKind };

/** A hole at offsets of a text: a placeholder, or words read as one (`Title` in `ADR-NNNN Title`). */
export interface TextHole {
  start: number;
  /** Exclusive. */
  end: number;
  hole: HoleKind;
}

export interface PatternOptions {
  /** A trailing `(…)` of the template text may be absent, or be any other parenthetical. */
  optionalTrailingParen?: boolean;
  /** The document may number the heading (`1. Summary`, `2.3 Goals`) where the template does not. */
  optionalLeadingNumber?: boolean;
  /** The template's heading ended in an optionality marker: the document may end it in any `(…)` instead. */
  optionalMarker?: boolean;
}

/** Any non-empty text. */
export const ANY_HOLE = '.+';
/** An id of the shape `[A-Z][A-Z0-9]*-\d+` (`CHRONO-003`, `KEP-1234`); the flags make it case-insensitive. */
export const ID_HOLE = '[a-z][a-z0-9]*-\\d+';
/**
 * An id, or the template's sample id kept as written (`KEP-NNNN`, as the lexer reads one): a title
 * accepts its own sample, which the `placeholder` rule flags instead.
 */
export const SAMPLE_ID_HOLE = '[a-z][a-z0-9]*-(?:\\d+|x{2,}|y{2,}|z{2,}|n{2,})';
/** A pattern that any text matches: free slots and `any-heading` sections. */
export const ANY_TEXT_PATTERN = '^.+$';

const SENTINEL: Record<HoleKind, string> = { any: '\uE000', id: '\uE001', 'sample-id': '\uE003' };
const OPTIONAL_MARK = '\uE002';
const SENTINELS = /([\uE000-\uE003])/u;

/** Splits text into literal runs and holes at its placeholders (ids become id holes, every other placeholder any text). */
export function segmentText(text: string, placeholders: readonly Placeholder[]): Segment[] {
  return segmentHoles(
    text,
    placeholders.map(({ start, end, kind }) => ({ start, end, hole: kind === 'id' ? 'id' : 'any' })),
  );
}

/** Splits text into literal runs and the given holes (in order, not overlapping). */
export function segmentHoles(text: string, holes: readonly TextHole[]): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const { start, end, hole } of holes) {
    if (start > at) segments.push({ kind: 'literal', text: text.slice(at, start) });
    segments.push({ kind: 'hole', hole });
    at = end;
  }
  if (at < text.length) segments.push({ kind: 'literal', text: text.slice(at) });
  return segments;
}

/** The anchored pattern source for segments, over normalized text. */
export function patternFromSegments(segments: readonly Segment[], options: PatternOptions = {}): string {
  let normalized = normalizeForMatch(
    segments.map((segment) => (segment.kind === 'literal' ? segment.text : SENTINEL[segment.hole])).join(''),
  );
  let trailingParen = false;
  if (options.optionalTrailingParen) {
    const paren = /\s*\([^()]*\)$/u.exec(normalized);
    if (paren && paren.index > 0) {
      normalized = normalized.slice(0, paren.index);
      trailingParen = true;
    }
  }
  normalized = normalized.replace(/\s*\(optional\)/gu, OPTIONAL_MARK);
  const body = normalized
    .split(SENTINELS)
    .map((piece) => {
      if (piece === SENTINEL.any) return ANY_HOLE;
      if (piece === SENTINEL.id) return ID_HOLE;
      if (piece === SENTINEL['sample-id']) return SAMPLE_ID_HOLE;
      if (piece === OPTIONAL_MARK) return '(?:\\s*\\(optional\\))?';
      return escapeRegExp(piece);
    })
    .join('');
  const leadingNumber =
    options.optionalLeadingNumber && /^[\p{L}]/u.test(normalized) ? '(?:\\d+(?:\\.\\d+)*\\.?\\s)?' : '';
  // A marked heading's marker stood where a trailing `(…)` would: the document may write either.
  const paren = trailingParen || options.optionalMarker ? '(?:\\s*\\(.*\\))?' : '';
  return `^${leadingNumber}${body}${paren}$`;
}

/** The anchored pattern source for a template text with the given placeholders. */
export function textPattern(text: string, placeholders: readonly Placeholder[], options: PatternOptions = {}): string {
  return patternFromSegments(segmentText(text, placeholders), options);
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

const NOT_WORD = '[^\\p{L}\\p{N}]';
/** A wrapped item's first line holds about this many words. */
const MOST_LEADING_WORDS = 6;
const TRAILING_PAREN = /\s*\([^()]*\)[^\p{L}\p{N}(]*$/u;

/** The words of an item, without links' destinations and without a trailing `(…)`. */
export function itemWords(text: string): string[] {
  const normalized = normalizeItemText(text);
  const withoutParen = normalized.replace(TRAILING_PAREN, '');
  const base = /[\p{L}\p{N}]/u.test(withoutParen) ? withoutParen : normalized;
  return base.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0);
}

/**
 * The leading words that recognize a literal item: all of a short item, else at least three and at
 * least half of them but no more than six, and at least `minWords`. So a trailing `(…)` or added
 * detail (`Monitoring configured in Grafana`) is accepted, and so is an item whose text wraps onto
 * a second line after its sixth word (an item's text is its first line only).
 */
export function itemLeadingWords(text: string, minWords = 0): string[] {
  const words = itemWords(text);
  const enough = Math.max(minWords, Math.min(words.length, 3), Math.min(Math.ceil(words.length / 2), MOST_LEADING_WORDS));
  return words.slice(0, Math.min(words.length, enough));
}

/** The pattern of a literal item's leading words: in order, any punctuation between, then anything after a separator. */
export function wordsPattern(words: readonly string[]): string {
  return `^${NOT_WORD}*${words.join(`${NOT_WORD}+`)}(?:${NOT_WORD}.*)?$`;
}
