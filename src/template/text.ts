/**
 * Text normalization shared by the template compiler (which builds patterns over normalized
 * template text) and the matcher (which normalizes document text before testing a pattern).
 */

/**
 * Lower-cases, drops emphasis/code markers, collapses whitespace and strips trailing colons and
 * whitespace, so that `**Verification:**`, `Verification :` and `verification` compare equal.
 */
export function normalizeForMatch(text: string): string {
  return text
    .replace(/[*`]+/g, '')
    .replace(/(^|[^\p{L}\p{N}])_+|_+(?=$|[^\p{L}\p{N}])/gu, '$1')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s:]+$/u, '')
    .toLowerCase();
}

/** Escapes a literal string for use inside a regular-expression source. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Builds the RegExp for a schema pattern (flags `iu`, as the schema documents). */
export function compilePattern(pattern: string): RegExp {
  return new RegExp(pattern, 'iu');
}
