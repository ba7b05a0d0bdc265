/**
 * Placeholder recognition (DESIGN §2): the holes a template leaves for the author to fill.
 *
 * - `[...]` that is not a link (inline, reference, or a shortcut with a definition), a task box,
 *   a citation (`[1]`), a footnote or a Rust attribute (`#[test]`);
 * - `<...>`, which remark reads as inline HTML (`<Component Name>`) or as text (`<What's logged>`),
 *   but never an HTML element (`<details>`), an autolink, or a generic type (`Result<T, E>`);
 * - `{...}` (MADR's curly braces), but not a template literal (`${x}`) or a code object;
 * - tokens: date formats in any case (`YYYY-MM-DD`, `yyyy-mm-dd`, `MM/DD/YYYY`, `DD/MM/YYYY`,
 *   `YYYY/MM/DD`, `YYYYMMDD`, `Month DD, YYYY`), `@username`/`@handle`, an address at a reserved
 *   example domain (`jane@example.com`), `X.X+`, `XXX`/`NNNN`, ids whose number is a token
 *   (`KEP-NNNN`), and, when asked (titles and headings), ids with digits (`CHRONO-003`) and
 *   `name.ext` file names.
 *
 * The scan works on one line or one heading's text; offsets are indices into that text.
 */
import { HTML_ELEMENT_NAMES } from './html-elements.js';

export type PlaceholderKind = 'bracket' | 'angle' | 'curly' | 'token' | 'id' | 'file';

export interface Placeholder {
  kind: PlaceholderKind;
  /** As written, delimiters included: `[Feature Name]`, `<Name>`, `YYYY-MM-DD`. */
  text: string;
  /** Without the delimiters: `Feature Name`. */
  inner: string;
  start: number;
  /** Exclusive. */
  end: number;
  /** Inside an inline code span, or the scanned text is code. */
  inCode: boolean;
}

export interface InlineLink {
  /** The whole link as written: `[text](url)`, `![alt](src)`, `[text][ref]`, `[label]`. */
  text: string;
  label: string;
  /** The destination of an inline link, trimmed; null for reference links. */
  url: string | null;
  start: number;
  end: number;
}

export interface InlineScan {
  placeholders: Placeholder[];
  links: InlineLink[];
}

export interface ScanOptions {
  /** The whole text is code (a line of a code block): no links, code spans or comments. */
  code?: boolean;
  /** Ids with digits (`CHRONO-003`) are holes too: for titles and headings. */
  digitIds?: boolean;
  /** `name.ext` file names are holes too: for headings. */
  fileNames?: boolean;
  /** Labels of the link reference definitions (see `normalizeLinkLabel`): `[label]` is then a link. */
  linkLabels?: ReadonlySet<string>;
}

/** Finds the placeholders and links of one line or heading text. */
export function scanInline(text: string, options: ScanOptions = {}): InlineScan {
  const out: InlineScan = { placeholders: [], links: [] };
  scanRange(text, 0, text.length, options.code ?? false, options, out, new Closers(text), 0);
  out.placeholders.sort((a, b) => a.start - b.start);
  return out;
}

export function findPlaceholders(text: string, options: ScanOptions = {}): Placeholder[] {
  return scanInline(text, options).placeholders;
}

export function hasPlaceholder(text: string, options: ScanOptions = {}): boolean {
  return findPlaceholders(text, options).length > 0;
}

/** True when the text holds at least one placeholder and no letter or digit outside them. */
export function isOnlyPlaceholders(text: string, options: ScanOptions = {}): boolean {
  const placeholders = findPlaceholders(text, options);
  if (placeholders.length === 0) return false;
  return !WORD_CHAR.test(textOutside(text, placeholders));
}

/** The text with the given placeholders cut out. */
export function textOutside(text: string, placeholders: readonly Placeholder[]): string {
  let rest = '';
  let at = 0;
  for (const placeholder of placeholders) {
    rest += text.slice(at, placeholder.start);
    at = Math.max(at, placeholder.end);
  }
  return rest + text.slice(at);
}

/** The number of words inside a placeholder: `[command to check version]` has 4. */
export function placeholderWords(placeholder: Placeholder): number {
  return placeholder.inner.split(/\s+/).filter((word) => word.length > 0).length;
}

/** Link reference labels compare case-insensitively with whitespace collapsed (CommonMark). */
export function normalizeLinkLabel(label: string): string {
  return label.replace(/\s+/g, ' ').trim().toLowerCase();
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** A character that glues a bracket or angle to the word before it: `arr[i]`, `Vec<T>`, `#[test]`. */
const GLUED_BEFORE_BRACKET = /[\p{L}\p{N}_#!\\]/u;
const GLUED_BEFORE_ANGLE = /[\p{L}\p{N}_<\\]/u;
const GLUED_BEFORE_CURLY = /[\p{L}\p{N}_$\\{]/u;
/** Inside code, a placeholder is words and light punctuation only, never code syntax. */
const CODE_PLACEHOLDER_INNER = /^[\p{L}\p{N}][\p{L}\p{N} ,.'’/&+:?!…-]*$/u;
/**
 * Links inside links' text deeper than this are not looked into: no template nests them so, and
 * each level would read the text again (and a line nesting thousands overflowed the stack).
 */
const DEEPEST_LINK_TEXT = 16;
/** CommonMark's limit: a longer `[…]` is no link reference label. */
const LONGEST_LINK_LABEL = 999;

function scanRange(
  text: string,
  from: number,
  to: number,
  inCode: boolean,
  options: ScanOptions,
  out: InlineScan,
  closers: Closers,
  depth: number,
): void {
  const covered: Array<[number, number]> = [];
  let i = from;
  while (i < to) {
    const char = text[i];
    if (!inCode && char === '\\') {
      i += 2;
      continue;
    }
    if (!inCode && char === '`') {
      const run = runLength(text, i, '`');
      const close = closers.backtickRun(i + run, to, run);
      if (close < 0) {
        i += run;
        continue;
      }
      scanRange(text, i + run, close, true, options, out, closers, depth);
      covered.push([i, close + run]);
      i = close + run;
      continue;
    }
    if (!inCode && text.startsWith('<!--', i)) {
      const close = text.indexOf('-->', i + 4);
      const end = close < 0 || close + 3 > to ? to : close + 3;
      covered.push([i, end]);
      i = end;
      continue;
    }
    const end =
      char === '['
        ? readBracket(text, i, to, inCode, options, out, closers, depth)
        : char === '<'
          ? readAngle(text, i, to, inCode, out)
          : char === '{'
            ? readCurly(text, i, to, inCode, out, closers)
            : null;
    if (end !== null) {
      covered.push([i, end]);
      i = end;
      continue;
    }
    i += char === '<' && text[i + 1] === '<' ? 2 : 1;
  }
  if (!inCode) scanTokens(text, from, to, covered, options, out);
}

function readBracket(
  text: string,
  open: number,
  to: number,
  inCode: boolean,
  options: ScanOptions,
  out: InlineScan,
  closers: Closers,
  depth: number,
): number | null {
  const close = closers.of(open, to, '[', !inCode);
  if (close < 0) return null;
  const label = text.slice(open + 1, close);
  const before = open > 0 ? text[open - 1] : '';
  if (!inCode) {
    const start = before === '!' ? open - 1 : open;
    if (text[close + 1] === '(') {
      const urlClose = closers.of(close + 1, to, '(', true);
      if (urlClose >= 0) {
        const url = text.slice(close + 2, urlClose).trim();
        out.links.push({ text: text.slice(start, urlClose + 1), label, url, start, end: urlClose + 1 });
        if (depth < DEEPEST_LINK_TEXT) scanRange(text, open + 1, close, false, options, out, closers, depth + 1);
        return urlClose + 1;
      }
    }
    if (text[close + 1] === '[') {
      const refClose = closers.of(close + 1, to, '[', true);
      if (refClose >= 0) {
        out.links.push({ text: text.slice(start, refClose + 1), label, url: null, start, end: refClose + 1 });
        if (depth < DEEPEST_LINK_TEXT) scanRange(text, open + 1, close, false, options, out, closers, depth + 1);
        return refClose + 1;
      }
    }
    if (label.length <= LONGEST_LINK_LABEL && options.linkLabels?.has(normalizeLinkLabel(label))) {
      out.links.push({ text: text.slice(start, close + 1), label, url: null, start, end: close + 1 });
      return close + 1;
    }
  }
  if (GLUED_BEFORE_BRACKET.test(before) || !isPlaceholderInner(label, inCode)) return null;
  if (/^[xX]$/.test(label)) return null;
  pushPlaceholder(out, 'bracket', text, open, close + 1, inCode);
  return close + 1;
}

function readAngle(text: string, open: number, to: number, inCode: boolean, out: InlineScan): number | null {
  const before = open > 0 ? text[open - 1] : '';
  if (GLUED_BEFORE_ANGLE.test(before)) return null;
  let close = open + 1;
  while (close < to && text[close] !== '>' && text[close] !== '<') close += 1;
  if (close >= to || text[close] !== '>') return null;
  const inner = text.slice(open + 1, close);
  if (!isPlaceholderInner(inner, inCode) || /["=`{}|;]|\/$/.test(inner)) return null;
  if (/^[a-z][a-z0-9+.-]{1,31}:/i.test(inner) || /^[^\s@]+@[^\s@]+$/.test(inner)) return null;
  if (HTML_ELEMENT_NAMES.has(inner)) return null;
  pushPlaceholder(out, 'angle', text, open, close + 1, inCode);
  return close + 1;
}

function readCurly(text: string, open: number, to: number, inCode: boolean, out: InlineScan, closers: Closers): number | null {
  const before = open > 0 ? text[open - 1] : '';
  if (GLUED_BEFORE_CURLY.test(before) || text[open + 1] === '{') return null;
  const close = closers.of(open, to, '{', !inCode);
  if (close < 0) return null;
  const inner = text.slice(open + 1, close);
  if (!isPlaceholderInner(inner, inCode) || /["=]/.test(inner)) return null;
  pushPlaceholder(out, 'curly', text, open, close + 1, inCode);
  return close + 1;
}

/** Words, starting with a letter or digit and holding a letter, not padded with spaces. */
function isPlaceholderInner(inner: string, inCode: boolean): boolean {
  // The first character first: most texts in brackets are not words, and nested ones are long.
  if (!/^[\p{L}\p{N}]/u.test(inner) || /\s/u.test(inner.at(-1)!) || !/\p{L}/u.test(inner)) return false;
  return !inCode || CODE_PLACEHOLDER_INNER.test(inner);
}

function pushPlaceholder(
  out: InlineScan,
  kind: PlaceholderKind,
  text: string,
  start: number,
  end: number,
  inCode: boolean,
): void {
  const written = text.slice(start, end);
  const inner = kind === 'bracket' || kind === 'angle' || kind === 'curly' ? written.slice(1, -1) : written;
  out.placeholders.push({ kind, text: written, inner, start, end, inCode });
}

interface TokenPattern {
  kind: PlaceholderKind;
  regex: RegExp;
  when: (options: ScanOptions) => boolean;
  /** What any match holds: a text without it is not searched (most texts, and the address pattern is costly). */
  needs: RegExp;
}

/** The date formats a template writes as a placeholder, as a RegExp source (match case-insensitively). */
export const DATE_FORMAT_SOURCE = 'YYYY-MM-DD|MM/DD/YYYY|DD/MM/YYYY|YYYY/MM/DD|YYYYMMDD|Month DD, YYYY';

const TOKEN_PATTERNS: readonly TokenPattern[] = [
  { kind: 'token', regex: new RegExp(`(?<![\\p{L}\\p{N}])(?:${DATE_FORMAT_SOURCE})(?![\\p{L}\\p{N}])`, 'giu'), when: () => true, needs: /yyyy/iu },
  // Only the generic words: `@janedoe` is a sample name, and `@inlinable` is Swift.
  {
    kind: 'token',
    regex: /(?<![\p{L}\p{N}_.@/-])@(?:(?:your|github|gh)[-_]?)?(?:user[-_]?name|handle)(?![\p{L}\p{N}_-])/giu,
    when: () => true,
    needs: /@/u,
  },
  // RFC 2606 reserves these domains for examples: no real address is at them.
  {
    kind: 'token',
    regex: /(?<![\p{L}\p{N}_.+-])[\p{L}\p{N}_.+-]+@(?:[\p{L}\p{N}-]+\.)*example\.(?:com|org|net)(?!\.?[\p{L}\p{N}_-])/giu,
    when: () => true,
    needs: /@/u,
  },
  { kind: 'token', regex: /(?<![\p{L}\p{N}.])X(?:\.X)+\+?(?![\p{L}\p{N}])/gu, when: () => true, needs: /X\./u },
  {
    kind: 'id',
    regex: /(?<![\p{L}\p{N}-])[A-Z][A-Z0-9]*-(?:X{2,}|Y{2,}|Z{2,}|N{2,})(?![\p{L}\p{N}-])/gu,
    when: () => true,
    needs: /-/u,
  },
  {
    kind: 'id',
    regex: /(?<![\p{L}\p{N}-])[A-Z][A-Z0-9]*-\d+(?![\p{L}\p{N}-])/gu,
    when: (options) => options.digitIds === true,
    needs: /-/u,
  },
  { kind: 'token', regex: /(?<![\p{L}\p{N}-])(?:X{3,}|N{3,})(?![\p{L}\p{N}-])/gu, when: () => true, needs: /XXX|NNN/u },
  {
    kind: 'file',
    regex: /(?<![\p{L}\p{N}_./\\-])[\p{L}\p{N}_-]*\p{L}[\p{L}\p{N}_-]*\.[a-z][a-z0-9]{0,5}(?![\p{L}\p{N}_.-])/gu,
    when: (options) => options.fileNames === true,
    needs: /\./u,
  },
];

function scanTokens(
  text: string,
  from: number,
  to: number,
  covered: Array<[number, number]>,
  options: ScanOptions,
  out: InlineScan,
): void {
  // The code point before `from` (for the patterns' lookbehinds) and nothing after `to`: slicing the
  // whole text up to `to` for each link's text made a line of many links quadratic.
  const offset = Math.max(0, from - 2);
  const region = text.slice(offset, to);
  let taken: Taken | null = null;
  for (const { kind, regex, when, needs } of TOKEN_PATTERNS) {
    if (!when(options) || !needs.test(region)) continue;
    regex.lastIndex = from - offset;
    for (let match = regex.exec(region); match !== null; match = regex.exec(region)) {
      const start = match.index + offset;
      const end = start + match[0].length;
      taken ??= new Taken(from, to, covered);
      if (taken.overlaps(start, end)) continue;
      taken.take(start, end);
      pushPlaceholder(out, kind, text, start, end, false);
    }
  }
}

/**
 * What of a range is already a placeholder, a link, code or a comment: one mark per character, so
 * that a line of 100,000 tokens is not compared 100,000 times with each of them.
 */
class Taken {
  private readonly marks: Uint8Array;

  constructor(
    private readonly from: number,
    to: number,
    covered: ReadonlyArray<[number, number]>,
  ) {
    this.marks = new Uint8Array(to - from);
    for (const [start, end] of covered) this.take(start, end);
  }

  overlaps(start: number, end: number): boolean {
    for (let at = start; at < end; at++) if (this.marks[at - this.from] === 1) return true;
    return false;
  }

  take(start: number, end: number): void {
    this.marks.fill(1, Math.max(0, start - this.from), Math.max(0, end - this.from));
  }
}

function runLength(text: string, at: number, char: string): number {
  let end = at;
  while (text[end] === char) end += 1;
  return end - at;
}

/**
 * The delimiters of one text, paired once for all the questions its scan asks: which `]`, `)` or
 * `}` closes an opener, and where the next backtick run of a length starts. Asking each by reading
 * on from the opener made a line of 10,000 unclosed `[` take seconds.
 */
class Closers {
  private readonly pairs = new Map<string, Int32Array>();
  private runs: Map<number, number[]> | null = null;

  constructor(private readonly text: string) {}

  /** The index of the delimiter before `to` closing the one at `open` (nesting counted), or -1. */
  of(open: number, to: number, opener: '[' | '(' | '{', escapes: boolean): number {
    const key = `${opener}${escapes ? '\\' : ''}`;
    let pairs = this.pairs.get(key);
    if (pairs === undefined) {
      pairs = pairUp(this.text, opener, CLOSER[opener], escapes);
      this.pairs.set(key, pairs);
    }
    const close = pairs[open]!;
    // An opener the pairing read as escaped (its scan started elsewhere): read on from it.
    if (close === NOT_AN_OPENER) return matchClosing(this.text, open, to, opener, CLOSER[opener], escapes);
    return close >= 0 && close < to ? close : -1;
  }

  /** The start of the next run of exactly `length` backticks from `from` and before `to`, or -1. */
  backtickRun(from: number, to: number, length: number): number {
    this.runs ??= backtickRuns(this.text);
    const starts = this.runs.get(length);
    if (starts === undefined) return -1;
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (starts[middle]! < from) low = middle + 1;
      else high = middle;
    }
    return low < starts.length && starts[low]! < to ? starts[low]! : -1;
  }
}

const CLOSER = { '[': ']', '(': ')', '{': '}' } as const;
const NOT_AN_OPENER = -2;

/** For each index, the index of the closer pairing with the opener there, -1 for an opener never closed, NOT_AN_OPENER otherwise. */
function pairUp(text: string, opener: string, closer: string, escapes: boolean): Int32Array {
  const pairs = new Int32Array(text.length).fill(NOT_AN_OPENER);
  const open: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (escapes && char === '\\') {
      i += 1;
    } else if (char === opener) {
      pairs[i] = -1;
      open.push(i);
    } else if (char === closer && open.length > 0) {
      pairs[open.pop()!] = i;
    }
  }
  return pairs;
}

/** The starts of the text's maximal backtick runs, by length, ascending. */
function backtickRuns(text: string): Map<number, number[]> {
  const runs = new Map<number, number[]>();
  for (let i = text.indexOf('`'); i >= 0; ) {
    const length = runLength(text, i, '`');
    const starts = runs.get(length);
    if (starts) starts.push(i);
    else runs.set(length, [i]);
    i = text.indexOf('`', i + length);
  }
  return runs;
}

/** The index of the delimiter closing the one at `open` (nesting counted), or -1. */
function matchClosing(
  text: string,
  open: number,
  to: number,
  opener: string,
  closer: string,
  escapes: boolean,
): number {
  let depth = 0;
  for (let i = open; i < to; i += 1) {
    const char = text[i];
    if (escapes && char === '\\') {
      i += 1;
    } else if (char === opener) {
      depth += 1;
    } else if (char === closer) {
      depth -= 1;
      if (depth === 0) return i;
    }
  }
  return -1;
}
