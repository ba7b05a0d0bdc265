/**
 * Text patterns: a template's heading (or label) text → an anchored regular-expression source over
 * normalized text (`normalizeForMatch`), placeholders becoming holes.
 */
import { escapeRegExp, normalizeForMatch } from './text.js';
import { findPlaceholders, type ScanOptions } from './placeholders.js';

export type HoleKind = 'any' | 'id';

export type Segment = { kind: 'literal'; text: string } | { kind: 'hole'; hole: HoleKind };

export interface PatternOptions {
  /** A trailing `(…)` of the template text may be absent, or be any other parenthetical. */
  optionalTrailingParen?: boolean;
  /** The document may number the heading (`1. Summary`, `2.3 Goals`) where the template does not. */
  optionalLeadingNumber?: boolean;
}

/** Any non-empty text. */
export const ANY_HOLE = '.+';
/** An id of the shape `[A-Z][A-Z0-9]*-\d+` (`CHRONO-003`, `KEP-1234`); the flags make it case-insensitive. */
export const ID_HOLE = '[a-z][a-z0-9]*-\\d+';
/** A pattern that any text matches: free slots and `any-heading` sections. */
export const ANY_TEXT_PATTERN = '^.+$';

const SENTINEL: Record<HoleKind, string> = { any: '\uE000', id: '\uE001' };
const OPTIONAL_MARK = '\uE002';
const SENTINELS = /([\uE000-\uE002])/u;

/** Splits text into literal runs and holes (ids become id holes, every other placeholder any text). */
export function segmentText(text: string, options: ScanOptions = {}): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const placeholder of findPlaceholders(text, options)) {
    if (placeholder.start > at) segments.push({ kind: 'literal', text: text.slice(at, placeholder.start) });
    segments.push({ kind: 'hole', hole: placeholder.kind === 'id' ? 'id' : 'any' });
    at = placeholder.end;
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
      if (piece === OPTIONAL_MARK) return '(?:\\s*\\(optional\\))?';
      return escapeRegExp(piece);
    })
    .join('');
  const leadingNumber =
    options.optionalLeadingNumber && /^[\p{L}]/u.test(normalized) ? '(?:\\d+(?:\\.\\d+)*\\.?\\s)?' : '';
  return `^${leadingNumber}${body}${trailingParen ? '(?:\\s*\\(.*\\))?' : ''}$`;
}

/** The anchored pattern source for a template text. */
export function textPattern(text: string, scan: ScanOptions = {}, options: PatternOptions = {}): string {
  return patternFromSegments(segmentText(text, scan), options);
}
