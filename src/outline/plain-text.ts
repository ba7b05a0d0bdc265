/**
 * Heading text as a reader sees it, computed from the heading's inline source so that both
 * front-ends agree: emphasis, strikethrough and code markers dropped, links and images reduced to
 * their text, backslash escapes resolved, HTML comments and common inline HTML tags dropped,
 * whitespace collapsed. Brackets that are not links (`[Not a link]`), `<Name>` and `{name}` stay.
 */

const ASCII_PUNCTUATION = /^[!-/:-@[-`{-~]$/;
const WHITESPACE_RUN = /\s+/g;
const LINE_ENDING = /\r?\n/g;
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Lower-case tags of the inline HTML that headings use for anchors and styling. */
const INLINE_TAG =
  /<\/?(?:a|abbr|b|br|code|del|em|i|img|ins|kbd|mark|s|small|span|strong|sub|sup|u)(?:\s[^<>]*)?\/?>/y;

interface LinkExtent {
  textStart: number;
  textEnd: number;
  /** Index just past the destination or reference. */
  end: number;
}

export function plainText(raw: string): string {
  return renderInline(raw, 0, raw.length).replace(WHITESPACE_RUN, ' ').trim();
}

function renderInline(raw: string, from: number, to: number): string {
  let out = '';
  let index = from;
  while (index < to) {
    const char = raw[index]!;
    if (char === '\\') {
      const next = raw[index + 1];
      if (index + 1 < to && next !== undefined && (ASCII_PUNCTUATION.test(next) || next === '\n')) {
        out += next;
        index += 2;
      } else {
        out += char;
        index++;
      }
    } else if (char === '`') {
      const run = runLength(raw, index, to);
      const close = findBacktickRun(raw, index + run, to, run);
      if (close === -1) {
        out += raw.slice(index, index + run);
        index += run;
      } else {
        out += codeSpanText(raw.slice(index + run, close));
        index = close + run;
      }
    } else if (char === '<') {
      const skipped = skipHtml(raw, index, to);
      if (skipped === index) out += char;
      index = Math.max(skipped, index + 1);
    } else if (char === '[' || (char === '!' && raw[index + 1] === '[')) {
      const open = char === '!' ? index + 1 : index;
      const link = linkAt(raw, open, to);
      if (link === null) {
        out += raw.slice(index, open + 1);
        index = open + 1;
      } else {
        out += renderInline(raw, link.textStart, link.textEnd);
        index = link.end;
      }
    } else if (char === '*' || char === '_' || char === '~') {
      const run = runLength(raw, index, to);
      if (!isEmphasisMarker(raw, index, run)) out += raw.slice(index, index + run);
      index += run;
    } else {
      out += char;
      index++;
    }
  }
  return out;
}

function runLength(raw: string, from: number, to: number): number {
  let end = from;
  while (end < to && raw[end] === raw[from]) end++;
  return end - from;
}

/** Index of the next run of exactly `length` backticks at or after `from`, or -1. */
function findBacktickRun(raw: string, from: number, to: number, length: number): number {
  let index = from;
  while (index < to) {
    if (raw[index] === '`') {
      const run = runLength(raw, index, to);
      if (run === length) return index;
      index += run;
    } else {
      index++;
    }
  }
  return -1;
}

function codeSpanText(content: string): string {
  const text = content.replace(LINE_ENDING, ' ');
  const padded = text.length > 2 && text.startsWith(' ') && text.endsWith(' ') && text.trim() !== '';
  return padded ? text.slice(1, -1) : text;
}

/** Index past an HTML comment or common inline tag at `from`, or `from` when there is none. */
function skipHtml(raw: string, from: number, to: number): number {
  if (raw.startsWith('<!--', from)) {
    const close = raw.indexOf('-->', from + 2);
    return close !== -1 && close + 3 <= to ? close + 3 : from;
  }
  INLINE_TAG.lastIndex = from;
  const tag = INLINE_TAG.exec(raw);
  return tag !== null && INLINE_TAG.lastIndex <= to ? INLINE_TAG.lastIndex : from;
}

/** A `[text](destination)`, `[text][ref]` or `[text][]` starting at the `[` at `open`, or null. */
function linkAt(raw: string, open: number, to: number): LinkExtent | null {
  const close = matchingBracket(raw, open, to);
  if (close === -1) return null;
  const after = raw[close + 1];
  if (after === '(') {
    const end = matchingParenthesis(raw, close + 1, to);
    return end === -1 ? null : { textStart: open + 1, textEnd: close, end: end + 1 };
  }
  if (after === '[') {
    const end = raw.indexOf(']', close + 2);
    return end === -1 || end >= to ? null : { textStart: open + 1, textEnd: close, end: end + 1 };
  }
  return null;
}

function matchingBracket(raw: string, open: number, to: number): number {
  let depth = 0;
  let index = open;
  while (index < to) {
    const char = raw[index];
    if (char === '\\') {
      index += 2;
      continue;
    }
    if (char === '`') {
      const run = runLength(raw, index, to);
      const close = findBacktickRun(raw, index + run, to, run);
      index = close === -1 ? index + run : close + run;
      continue;
    }
    if (char === '[') depth++;
    else if (char === ']' && --depth === 0) return index;
    index++;
  }
  return -1;
}

function matchingParenthesis(raw: string, open: number, to: number): number {
  let depth = 0;
  for (let index = open; index < to; index++) {
    const char = raw[index];
    if (char === '\\') index++;
    else if (char === '(') depth++;
    else if (char === ')' && --depth === 0) return index;
  }
  return -1;
}

/**
 * Whether a run of `*`, `_` or `~` can open or close emphasis (it touches a non-space on one
 * side). `_` inside a word (`snake_case`) is text, and so is a single `~`.
 */
function isEmphasisMarker(raw: string, index: number, run: number): boolean {
  const before = raw[index - 1] ?? ' ';
  const after = raw[index + run] ?? ' ';
  const flanking = !isSpace(before) || !isSpace(after);
  if (!flanking) return false;
  if (raw[index] === '~') return run === 2;
  if (raw[index] === '_') return !(isWordChar(before) && isWordChar(after));
  return true;
}

function isSpace(char: string): boolean {
  return char.trim() === '';
}

function isWordChar(char: string): boolean {
  return WORD_CHAR.test(char);
}
