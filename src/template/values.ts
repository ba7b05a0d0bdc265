/**
 * The shapes of a template's sample values (DESIGN §2, Metadata): date placeholders, enums, and the
 * `(optional)` marker. Lexing only: `hints/value-shape.ts` turns a shape into a field type, the
 * body builder uses `isDateValue` for a table's date columns.
 */

const OPTIONAL_MARKER = /\s*\(optional\)\s*/giu;
const HTML_COMMENT = /<!--[\s\S]*?-->/gu;
/** A member that leaves a list open: `etc.`, `…`, `...`. */
const OPEN_MEMBER = /(?:^|\s)(?:etc\.?|…|\.\.\.)$/iu;
const DATE_TOKEN = 'YYYY-MM-DD';

/** The value without its HTML comments. */
export function withoutComments(value: string): string {
  return value.replace(HTML_COMMENT, '');
}

/** The value says `(optional)` outside its comments. */
export function hasOptionalMarker(value: string): boolean {
  return /\(optional\)/iu.test(withoutComments(value));
}

/** The value a template's field shows, HTML comments and the `(optional)` marker removed. */
export function valueWithoutMarkers(templateValue: string): string {
  return withoutComments(templateValue).trim().replace(OPTIONAL_MARKER, ' ').trim();
}

/** `[Text](path)` or a value starting `Link to`. */
export function isLinkValue(value: string): boolean {
  return /^!?\[[^\]]*\]\([^)]*\)/u.test(value) || /^link to\b/iu.test(value);
}

/**
 * A date placeholder: `YYYY-MM-DD`, `[YYYY-MM-DD]`, `<YYYY-MM-DD>`, `[Date]`, and a placeholder that
 * opens or closes with the token (MADR's `{YYYY-MM-DD when the decision was last updated}`, Rust's
 * `(fill me in with today's date, YYYY-MM-DD)`).
 */
export function isDateValue(value: string): boolean {
  const inner = unwrap(value.trim());
  if (inner === DATE_TOKEN || /^date$/iu.test(inner)) return true;
  if (inner === value.trim()) return false;
  return inner.startsWith(`${DATE_TOKEN} `) || inner.endsWith(` ${DATE_TOKEN}`);
}

/**
 * The values of an enum: `A | B | C`, or `[A/B/C]` (also `<…>`, `{…}`), or null. A list that is left
 * open (`etc.`, `…`) is free text.
 */
export function enumValues(value: string): string[] | null {
  const inner = unwrap(value);
  const bracketed = inner !== value;
  const separator = inner.includes('|') ? '|' : bracketed && inner.includes('/') ? '/' : null;
  if (separator === null) return null;
  const values = inner.split(separator).map((member) => member.trim());
  if (values.length < 2 || values.some((member) => member === '')) return null;
  if (values.some((member) => OPEN_MEMBER.test(member))) return null;
  return values;
}

const CLOSERS: Record<string, string> = { '[': ']', '<': '>', '{': '}', '(': ')' };

/** Strips one pair of placeholder delimiters (an unclosed opener too, as MADR's status has). */
function unwrap(value: string): string {
  const closer = CLOSERS[value[0] ?? ''];
  if (closer === undefined) return value;
  const inner = value.endsWith(closer) ? value.slice(1, -1) : value.slice(1);
  return inner.trim();
}
