/**
 * The two line shapes that carry a key and a value: `**Key:** value` / `**Key**: value` (labels and
 * bold metadata) and `Key: value` (list metadata, as the Rust RFC template writes it).
 */

import { skipSpaces, trimmedEnd } from './source.js';

export interface KeyLine {
  key: string;
  /** Where the key's markup starts on the line. */
  start: number;
  /** Just past the key's markup (colon and closing bold marker). */
  keyEnd: number;
  value: string;
  /** The value's extent; both `keyEnd` when the value is empty. */
  valueStart: number;
  valueEnd: number;
}

/** Bold text ending in a colon, inside the bold or right after it; the key holds no bold marker. */
const BOLD_KEY = /(\*\*|__)(?=\S)((?:(?!\1).)+?)(?::\1|\1:)/y;
/**
 * A short plain key: 1–4 words of letters, digits and `-_.#/()'&+`, then a colon (not a URL's `://`;
 * some RFCs write `Rust Issue:https://…`): `Author(s)`, `Review Manager`, `Q&A`.
 */
const PLAIN_KEY = /([\p{L}\p{N}][\p{L}\p{N} _.#/()'’&+-]*?)[ \t]*:(?!\/\/)/uy;
const MAX_PLAIN_KEY_WORDS = 4;
const SPACES = / +/;

/** The `**Key:** value` at `from` in `line`, or null. */
export function readBoldKey(line: string, from: number): KeyLine | null {
  // Most lines do not start with bold text: no need to run the RegExp on them.
  if (!line.startsWith('**', from) && !line.startsWith('__', from)) return null;
  BOLD_KEY.lastIndex = from;
  const match = BOLD_KEY.exec(line);
  if (match === null) return null;
  const key = match[2]!.trim();
  return key === '' ? null : withValue(line, key, from, BOLD_KEY.lastIndex);
}

/** The `Key: value` at `from` in `line`, or null. */
export function readPlainKey(line: string, from: number): KeyLine | null {
  PLAIN_KEY.lastIndex = from;
  const match = PLAIN_KEY.exec(line);
  if (match === null) return null;
  const key = match[1]!;
  return key.split(SPACES).length > MAX_PLAIN_KEY_WORDS ? null : withValue(line, key, from, PLAIN_KEY.lastIndex);
}

function withValue(line: string, key: string, start: number, keyEnd: number): KeyLine {
  const end = trimmedEnd(line);
  const valueStart = skipSpaces(line, keyEnd);
  return valueStart < end
    ? { key, start, keyEnd, value: line.slice(valueStart, end), valueStart, valueEnd: end }
    : { key, start, keyEnd, value: '', valueStart: keyEnd, valueEnd: keyEnd };
}
