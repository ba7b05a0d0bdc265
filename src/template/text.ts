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

const INLINE_LINK = /!?\[((?:[^[\]]|\[[^\]]*\])*)\](?:\([^)]*\)|\[[^\]]*\])/gu;

/** Task item text as item patterns see it: links reduced to their text, then normalized. */
export function normalizeItemText(text: string): string {
  return normalizeForMatch(text.replace(INLINE_LINK, '$1'));
}

/** Metadata keys compare case-insensitively, with spaces, `-` and `_` equal. */
export function fieldKey(key: string): string {
  return key.toLowerCase().replace(/[\s_-]+/gu, ' ').trim();
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
