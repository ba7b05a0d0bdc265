/**
 * The text contract shared by the template compiler (which builds patterns over normalized
 * template text) and the matcher and rules (which normalize document text before testing a
 * pattern, and compare metadata keys).
 */

/** Text normalizeInFull leaves as it is but for case: no marker, underscore or colon, single spaces between words. */
const ALREADY_NORMAL = /^(?:[^\s*`_:]+(?: [^\s*`_:]+)*)?$/;

/**
 * Lower-cases, drops emphasis/code markers, collapses whitespace and strips trailing colons and
 * whitespace, so that `**Verification:**`, `Verification :` and `verification` compare equal.
 */
export function normalizeForMatch(text: string): string {
  // Most headings and items are plain words: one test spares them five replaces.
  return ALREADY_NORMAL.test(text) ? text.toLowerCase() : normalizeInFull(text);
}

/** normalizeForMatch for any text, plain or not (exported for the test that pins the shortcut to it). */
export function normalizeInFull(text: string): string {
  return text
    .replace(/[*`]+/g, '')
    .replace(/(^|[^\p{L}\p{N}])_+|_+(?=$|[^\p{L}\p{N}])/gu, '$1')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s:]+$/u, '')
    .toLowerCase();
}

/** A link as `findLinks` finds it: its whole extent and its text's, as offsets, ends exclusive. */
export interface LinkExtent {
  start: number;
  end: number;
  textStart: number;
  textEnd: number;
}

/**
 * The inline and reference links of a text, `[text](url)`, `![alt](src)` and `[text][ref]`, left to
 * right: what the RegExp `!?\[(…)\](?:\([^)]*\)|\[[^\]]*\])` finds, where the text is `[^\]]*`, or
 * with `nestedBrackets` any text in which a `[` is closed by the first `]` after it (`[a [b] c](u)`).
 * Found in linear time: that RegExp, tried again from each `[` of a text that never closes them, read
 * a template line of 100,000 brackets for a minute.
 */
export function findLinks(text: string, nestedBrackets: boolean): LinkExtent[] {
  const links: LinkExtent[] = [];
  if (!text.includes('[')) return links;
  const closingBracket = nextIndexes(text, ']');
  const textEnd = nestedBrackets ? nestedTextEnds(text, closingBracket) : null;
  let closingParen: Int32Array | null = null;
  for (let open = text.indexOf('['); open >= 0; ) {
    const close = textEnd === null ? closingBracket[open + 1]! : textEnd[open + 1]!;
    let end = -1;
    if (close >= 0 && text[close + 1] === '(') {
      closingParen ??= nextIndexes(text, ')');
      end = closingParen[close + 2]!;
    } else if (close >= 0 && text[close + 1] === '[') {
      end = closingBracket[close + 2]!;
    }
    if (end < 0) {
      open = text.indexOf('[', open + 1);
      continue;
    }
    const start = open > 0 && text[open - 1] === '!' && (links.length === 0 || links.at(-1)!.end < open) ? open - 1 : open;
    links.push({ start, end: end + 1, textStart: open + 1, textEnd: close });
    open = text.indexOf('[', end + 1);
  }
  return links;
}

/** For each offset (and the text's end), the offset of the first `char` at or after it, or -1. */
function nextIndexes(text: string, char: string): Int32Array {
  const next = new Int32Array(text.length + 2).fill(-1);
  for (let at = text.length - 1; at >= 0; at--) next[at] = text[at] === char ? at : next[at + 1]!;
  return next;
}

/**
 * For each offset, where a link text starting there ends: the first `]` not closing a `[` of the
 * text (each `[` is closed by the first `]` after it), or -1 when a `[` is never closed or no `]` comes.
 */
function nestedTextEnds(text: string, closingBracket: Int32Array): Int32Array {
  const ends = new Int32Array(text.length + 2).fill(-1);
  for (let at = text.length - 1; at >= 0; at--) {
    const char = text[at];
    if (char === ']') ends[at] = at;
    else if (char === '[') ends[at] = closingBracket[at + 1]! < 0 ? -1 : ends[closingBracket[at + 1]! + 1]!;
    else ends[at] = ends[at + 1]!;
  }
  return ends;
}

/** The text with each link replaced by its text (`[Rust](https://…)` → `Rust`). */
export function keepLinkTexts(text: string): string {
  const links = findLinks(text, true);
  if (links.length === 0) return text;
  let kept = '';
  let at = 0;
  for (const link of links) {
    kept += text.slice(at, link.start) + text.slice(link.textStart, link.textEnd);
    at = link.end;
  }
  return kept + text.slice(at);
}

/** A one- or two-letter marker opening an item (`(R)`: required): how a list flags its items, not their words. */
const ITEM_MARKER = /^\(\p{L}{1,2}\)\s*/u;

/** Task item text as item patterns see it: links reduced to their text, normalized, an opening `(R)` marker left out. */
export function normalizeItemText(text: string): string {
  return normalizeForMatch(keepLinkTexts(text)).replace(ITEM_MARKER, '');
}

/**
 * Metadata keys compare case-insensitively, with spaces, `-` and `_` equal, and a trailing ` #`
 * left out (`RFC PR #:` is the older Rust RFCs' `RFC PR:`).
 */
export function fieldKey(key: string): string {
  return key.toLowerCase().replace(/\s+#+$/u, '').replace(/[\s_-]+/gu, ' ').trim();
}

/**
 * An optionality marker ending a heading (DESIGN §2b.1): `(optional)`, `[Optional]`, `- optional`,
 * `(if applicable)`; emphasis around it is already dropped from a heading's text. It is not part of
 * the section's name, in a template or in a document.
 */
export const OPTIONALITY_MARKER = /\s*(?:[-–—]\s*optional|\((?:optional|if applicable)\)|\[(?:optional|if applicable)\])\s*$/iu;

/** Escapes a literal string for use inside a regular-expression source. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Builds the RegExp for a schema pattern (flags `iu`, as the schema documents). */
export function compilePattern(pattern: string): RegExp {
  return new RegExp(pattern, 'iu');
}

const COMMENT = /<!--[\s\S]*?-->/gu;

/** HTML comments blanked out, line breaks kept: offsets and line numbers stay those of the source. */
export function blankComments(text: string): string {
  return text.includes('<!--') ? text.replace(COMMENT, (comment) => comment.replace(/[^\n]/gu, ' ')) : text;
}

/** A sentence's extent in a paragraph's text: offsets, end exclusive. */
export interface SentenceSpan {
  start: number;
  end: number;
}

/**
 * Sentence ends: `.`, `!` or `?`, closing quotes, brackets and emphasis, then a space; a period
 * after an abbreviation or a single letter (`e.g.`, `etc.`, `A. N. Other`) ends none. Every branch
 * starts with the end mark itself (the look-behind follows the period), so a scan skips other text fast.
 */
const SENTENCE_END =
  /(?:[!?]|\.(?<!(?:^|[^\p{L}.])(?:e\.g|i\.e|etc|vs|cf|al|approx|incl|no|fig|mr|mrs|ms|dr|\p{L})\.))[.!?]*["'’”)\]*_]*(?=\s)/giu;

/**
 * Splits a paragraph's text into sentences, the same way for a template and for a document, so
 * that a sentence copied from one is found in the other (DESIGN §2b.8).
 */
export function sentenceSpans(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const last = text.trimEnd().length;
  let start = skipSpaces(text, 0);
  SENTENCE_END.lastIndex = 0;
  for (let end = SENTENCE_END.exec(text); end !== null; end = SENTENCE_END.exec(text)) {
    const stop = end.index + end[0].length;
    if (stop <= start) continue;
    spans.push({ start, end: stop });
    start = skipSpaces(text, stop);
  }
  if (start < last) spans.push({ start, end: last });
  return spans;
}

function skipSpaces(text: string, from: number): number {
  let at = from;
  while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  return at;
}

const SPACE = /\s/u;

/** `\s`, with ASCII answered without the RegExp: documents are split into sentences on every line. */
function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(String.fromCharCode(code));
}

const WORDS = /[\p{L}\p{N}]+/gu;

/** What a sentence is compared by: its words, lower-cased, links reduced to their text; markup, punctuation and spacing ignored. */
export function sentenceKey(sentence: string): string {
  return (keepLinkTexts(sentence).toLowerCase().match(WORDS) ?? []).join(' ');
}

const HEAD = /[^\p{L}\p{N}]*([\p{L}\p{N}]+)[^\p{L}\p{N}]+([\p{L}\p{N}]+)/uy;

/**
 * The first two words of `sentenceKey` of `text` from `start` to `end`, found without reading the
 * rest: what a document's sentence is looked up by before its whole key is worth making. Null when
 * the sentence has fewer words, or a link may stand among them (its key drops the destination).
 */
export function sentenceHead(text: string, start: number, end: number): string | null {
  HEAD.lastIndex = start;
  const head = HEAD.exec(text);
  if (head === null || head.index + head[0].length > end || head[0].includes(']')) return null;
  return `${head[1]!.toLowerCase()} ${head[2]!.toLowerCase()}`;
}

/** The words of running text: whitespace-separated, links reduced to their text, inline code left out. */
export function proseWordCount(sentence: string): number {
  const prose = keepLinkTexts(sentence).replace(/`+[^`]*`+/gu, ' ');
  return prose.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
