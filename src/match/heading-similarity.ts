/**
 * How close a document heading comes to a template section's heading, for "did you mean": a
 * misspelling (`Future Posibilities`) is close letter by letter, a rewording (`Open questions` for
 * `Unresolved questions`, `Alternatives` for `Rationale and alternatives`) word by word.
 */

import { normalizeForMatch } from '../template/text.js';
import { TextMemo } from '../outline/text-memo.js';

/** At most one edit in five letters: `posibilities`, `motivations`, `overveiw`; not `overview` for `review`. */
const MIN_LETTER_SIMILARITY = 0.8;
/**
 * More than half the words, by Dice's coefficient: `risks` for `risks and mitigations`, `design`
 * for `design proposal`; not `alternative names` for `alternatives considered`.
 */
const MIN_WORD_OVERLAP = 0.6;

const STOP_WORDS = new Set(['a', 'an', 'and', 'the', 'of', 'or', 'to', 'for', 'in', 'on', 'with']);
/** Template holes (`[Name]`, `<Component>`, `{title}`) name no words a heading could share. */
const HOLE = /\[[^\]]*\]|<[^>]*>|\{[^}]*\}/gu;
/** A leading section number, as template patterns allow it: `3.`, `2.1`. */
const SECTION_NUMBER = /^\d+(?:\.\d+)*\.?\s+/u;

/** A text's words as `headingSimilarity` compares them: as they are, joined, and each singular. */
interface ComparedWords {
  words: readonly string[];
  joined: string;
  singulars: ReadonlySet<string>;
}

/** Each missing section is compared with each heading near its place: split each text once. */
const templateWords = new TextMemo<ComparedWords>();
const headingWords = new TextMemo<ComparedWords>();

/**
 * 0 when the heading is not near the template's heading, else how near, in (0, 1]: the better of
 * the letter similarity (1 − edit distance / longer length) and the word overlap, each counted
 * only past its threshold.
 */
export function headingSimilarity(templateDisplay: string, headingText: string): number {
  const expected = templateWords.get(templateDisplay, (display) => comparedWords(display.replace(HOLE, ' ')));
  const actual = headingWords.get(headingText, (text) => comparedWords(text.replace(SECTION_NUMBER, '')));
  if (expected.words.length === 0 || actual.words.length === 0) return 0;
  const letters = letterSimilarity(expected.joined, actual.joined);
  const words = wordOverlap(expected.singulars, actual.singulars);
  return Math.max(letters >= MIN_LETTER_SIMILARITY ? letters : 0, words >= MIN_WORD_OVERLAP ? words : 0);
}

function comparedWords(text: string): ComparedWords {
  const words = wordsOf(text);
  return { words, joined: words.join(' '), singulars: new Set(words.map(singular)) };
}

/** Lower-cased words without punctuation or stop words. */
function wordsOf(text: string): string[] {
  return normalizeForMatch(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '' && !STOP_WORDS.has(word));
}

/** 1 − edit distance / longer length; below MIN_LETTER_SIMILARITY, only some value below it. */
function letterSimilarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  // The distance is at least the difference in length: skip the table when that alone is too far.
  if (1 - Math.abs(a.length - b.length) / longer < MIN_LETTER_SIMILARITY) return 0;
  // Past this many edits the similarity is below the threshold: the table need not know how far.
  const limit = Math.ceil((1 - MIN_LETTER_SIMILARITY) * longer) + 1;
  return 1 - editDistanceWithin(a, b, limit) / longer;
}

/**
 * Edit distance counting a swap of two adjacent letters as one edit (`overveiw`), as typing
 * makes it: the optimal string alignment distance, three rows kept. Exact up to `limit`; beyond,
 * `limit + 1` (only cells within `limit` of the diagonal can be).
 */
function editDistanceWithin(a: string, b: string, limit: number): number {
  const over = limit + 1;
  let beforePrevious = new Int32Array(b.length + 1).fill(over);
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = Math.min(j, over);
  for (let i = 1; i <= a.length; i++) {
    current.fill(over);
    current[0] = Math.min(i, over);
    let rowLeast = current[0]!;
    for (let j = Math.max(1, i - limit); j <= Math.min(b.length, i + limit); j++) {
      let distance = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) distance = Math.min(distance, beforePrevious[j - 2]! + 1);
      current[j] = Math.min(distance, over);
      rowLeast = Math.min(rowLeast, current[j]!);
    }
    // No cell of a later row is nearer than the nearest of this one.
    if (rowLeast > limit) return over;
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  return previous[b.length]!;
}

/** Dice's coefficient over the word sets, a plural `s` ignored: 2·shared / (both sizes). */
function wordOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return (2 * shared) / (a.size + b.size);
}

function singular(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/**
 * A word as a name's variants fold it: plural `s` left out, British `-gement` spelled `-gment`,
 * and `-ed`/`-al` endings cut (`Proposed Design` says `Design Proposal`).
 */
function foldedWord(word: string): string {
  let folded = word.replace(GEMENT, 'gment$1');
  if (folded.endsWith('s') && endsInLetters(folded, 1, 3)) folded = folded.slice(0, -1);
  if ((folded.endsWith('ed') || folded.endsWith('al')) && endsInLetters(folded, 2, 4)) folded = folded.slice(0, -2);
  return folded;
}

const GEMENT = /gement(s?)$/u;
const LETTER = /\p{L}/u;

/** Whether the `count` characters before the last `skip` of `word` are all letters. */
function endsInLetters(word: string, skip: number, count: number): boolean {
  const end = word.length - skip;
  if (end < count) return false;
  for (let at = end - count; at < end; at++) if (!LETTER.test(word.charAt(at))) return false;
  return true;
}

/** The name's folded words, in alphabetical order: word order is no part of a name. */
function foldedName(text: string): string {
  return wordsOf(text).map(foldedWord).sort().join(' ');
}

/** A literal rule's folded name, '' when its display has holes (it names no words). */
const foldedNames = new WeakMap<object, string>();

/**
 * The heading says the literal section's name in other words of the same kind: stop words,
 * plurals, British spelling and word order aside (`Implications for adoption` for `Implications on
 * adoption`, `Acknowledgements`, `User Benefits`, `Proposed Design` for `Design Proposal`). Such a heading is the section; a typo is not (it stays a
 * "did you mean").
 */
export function namesSameSection(rule: NamedRule, headingName: string): boolean {
  const expected = ruleName(rule);
  return expected !== '' && headingName === expected;
}

/** What `namesSameSection` reads of a rule. */
type NamedRule = { display: string; kind: string; pattern: string };

/** A rule's folded name; '' for a rule no heading names in other words (not literal, or with holes). */
function ruleName(rule: NamedRule): string {
  if (rule.kind !== 'literal') return '';
  let name = foldedNames.get(rule);
  if (name === undefined) {
    name = rule.display.search(HOLE) === -1 ? foldedName(rule.display) : '';
    foldedNames.set(rule, name);
  }
  return name;
}

/** A heading's name as `namesSameSection` compares it (compute once per heading). */
export function foldedHeadingName(normalizedText: string): string {
  return foldedName(normalizedText.replace(SECTION_NUMBER, ''));
}

/**
 * What a literal rule's folded name's words begin with in any word they were folded from (a folded
 * word is a beginning of its word, but for `-gment`, whose word has `-gement`); null for a rule no
 * heading names in other words. A heading lacking one of them does not name the rule so.
 */
export function nameStartsOf(rule: NamedRule): readonly string[] | null {
  const name = ruleName(rule);
  return name === '' ? null : name.split(' ').map((word) => (word.endsWith('gment') ? word.slice(0, -4) : word));
}

/** A heading's text as `nameStartsOf`'s beginnings are looked for in it: the text its words are split from. */
export function headingNameText(normalizedText: string): string {
  return normalizeForMatch(normalizedText.replace(SECTION_NUMBER, ''));
}
