/**
 * Testing a literal task item's pattern by its leading words, without building its RegExp.
 *
 * The compiler writes a literal item's pattern from its first words with any non-word characters
 * between, and keeps those words in the rule (`TaskItemRule.words`). V8 takes milliseconds to
 * compile each such RegExp (every Unicode class in it is case-folded on its own), and a template
 * lists dozens of items: in a worker that checks a few thousand documents, compiling them cost more
 * than all their tests. Comparing the text's words with the rule's gives the same answer.
 */

import type { TextPattern } from '../template/schema.js';
import { testOf } from './schema-index.js';

/** A pattern, with the leading words it was written from when it is a literal item's. */
export type WordsPattern = TextPattern & { words?: readonly string[] };

const LOWER_ASCII_WORD = /^[a-z0-9]+$/;
const ASCII_WORD = /^[A-Za-z0-9]+$/;
/**
 * A maximal run of what `[^\p{L}\p{N}]` leaves out under the same flags (a letter or digit, or a
 * character that case-folds to one): the patterns' words are such runs.
 */
const WORD = /[\p{L}\p{N}]+/giu;
/** What `.` does not match. */
const LINE_TERMINATOR = /[\n\r\u2028\u2029]/u;

const tests = new WeakMap<WordsPattern, (text: string) => boolean>();

/** Whether `text` matches the pattern, as its RegExp would answer (`testOf`). */
export function matchesPattern(pattern: WordsPattern, text: string): boolean {
  let test = tests.get(pattern);
  if (!test) {
    const words = pattern.words?.every((word) => LOWER_ASCII_WORD.test(word)) ? pattern.words : null;
    test =
      words === null
        ? (subject) => testOf(pattern)(subject)
        : (subject) => startsWithWords(subject, words, pattern);
    tests.set(pattern, test);
  }
  return test(text);
}

/**
 * The RegExp's answer: the text's first words are `words` (ASCII compares case-insensitively as
 * the `i` flag does), and after the last one the text ends, or goes on from a non-word character
 * with no line terminator. A word beyond ASCII is left to the pattern's own test, which knows
 * Unicode's case folding (`ſ` matches `s`).
 */
function startsWithWords(text: string, words: readonly string[], pattern: TextPattern): boolean {
  WORD.lastIndex = 0;
  for (const word of words) {
    const found = WORD.exec(text);
    if (found === null) return false;
    if (!ASCII_WORD.test(found[0])) return testOf(pattern)(text);
    if (found[0].toLowerCase() !== word) return false;
  }
  // The character after the last word is a non-word one; `.*` takes the rest.
  return !LINE_TERMINATOR.test(text.slice(WORD.lastIndex + 1));
}
