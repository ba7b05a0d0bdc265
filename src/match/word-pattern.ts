/**
 * Testing a schema pattern that is only a list of leading words without building its RegExp.
 *
 * The compiler writes a literal task item's pattern as its first words with any non-word
 * characters between (`itemPattern` in src/template/tasks.ts):
 * `^[^\p{L}\p{N}]*w1[^\p{L}\p{N}]+w2…(?:[^\p{L}\p{N}].*)?$`, flags `iu`. V8 takes milliseconds to
 * compile each of those (every Unicode class in it is case-folded on its own), and a template
 * lists dozens of items: in a worker that checks a few thousand documents, compiling them cost more
 * than all their tests. Comparing the text's words with the pattern's gives the same answer.
 */

import type { TextPattern } from '../template/schema.js';
import { regexOf } from './schema-index.js';

const NOT_WORD = '[^\\p{L}\\p{N}]';
const WORDS_START = `^${NOT_WORD}*`;
const WORDS_SEPARATOR = `${NOT_WORD}+`;
const WORDS_END = `(?:${NOT_WORD}.*)?$`;
const LOWER_ASCII_WORD = /^[a-z0-9]+$/;
const ASCII_WORD = /^[A-Za-z0-9]+$/;
/**
 * A maximal run of what `[^\p{L}\p{N}]` leaves out under the same flags (a letter or digit, or a
 * character that case-folds to one): the patterns' words are such runs.
 */
const WORD = /[\p{L}\p{N}]+/giu;
/** What `.` does not match. */
const LINE_TERMINATOR = /[\n\r\u2028\u2029]/u;

const tests = new WeakMap<TextPattern, (text: string) => boolean>();

/** Whether `text` matches the pattern, as its RegExp (`regexOf`) answers. */
export function matchesPattern(pattern: TextPattern, text: string): boolean {
  let test = tests.get(pattern);
  if (!test) {
    const words = leadingWords(pattern.pattern);
    test =
      words === null
        ? (subject) => regexOf(pattern).test(subject)
        : (subject) => startsWithWords(subject, words, pattern);
    tests.set(pattern, test);
  }
  return test(text);
}

/** The words of a leading-words pattern when they are lower-case ASCII; null for any other pattern. */
function leadingWords(source: string): string[] | null {
  if (!source.startsWith(WORDS_START) || !source.endsWith(WORDS_END)) return null;
  const words = source.slice(WORDS_START.length, -WORDS_END.length).split(WORDS_SEPARATOR);
  return words.every((word) => LOWER_ASCII_WORD.test(word)) ? words : null;
}

/**
 * The RegExp's answer: the text's first words are `words` (ASCII compares case-insensitively as
 * the `i` flag does), and after the last one the text ends, or goes on from a non-word character
 * with no line terminator. A word beyond ASCII is left to the RegExp, which knows Unicode's case
 * folding (`ſ` matches `s`).
 */
function startsWithWords(text: string, words: readonly string[], pattern: TextPattern): boolean {
  WORD.lastIndex = 0;
  for (const word of words) {
    const found = WORD.exec(text);
    if (found === null) return false;
    if (!ASCII_WORD.test(found[0])) return regexOf(pattern).test(text);
    if (found[0].toLowerCase() !== word) return false;
  }
  // The character after the last word is a non-word one; `.*` takes the rest.
  return !LINE_TERMINATOR.test(text.slice(WORD.lastIndex + 1));
}
