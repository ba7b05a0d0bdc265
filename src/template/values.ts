/**
 * The shapes of a template's sample values (DESIGN §2, Metadata): date placeholders, links, and
 * the `(optional)` and `*if applicable*` markers (enums: `enums.ts`). Lexing only:
 * `hints/value-shape.ts` turns a shape into a field type, the body builder uses `isDateValue` for
 * a table's date columns.
 */
import { DATE_FORMAT_SOURCE } from './placeholders.js';
import type { DateFormat } from './schema.js';

/** `(optional)`, and a condition set apart by emphasis or parentheses: `*if applicable*`, `(if any)`. */
const OPTIONAL_MARKER = /\s*(?:\(optional\)|(\*{1,2}|_{1,2})(?:optional|if (?:applicable|any|needed|relevant))\1|\(if (?:applicable|any|needed|relevant)\))\s*/giu;
const HTML_COMMENT = /<!--[\s\S]*?-->/gu;
const DATE_FORMAT = new RegExp(`(?<![\\p{L}\\p{N}])(?:${DATE_FORMAT_SOURCE})(?![\\p{L}\\p{N}])`, 'iu');
/** A placeholder that names a date and nothing else: `Date`, `Creation date`, `date of creation`. */
const DATE_NOUN = /^(?:(?:[\p{L}'’-]+\s+){0,3}date|date\s+(?:of|when)(?:\s+[\p{L}'’-]+){1,4})$/iu;
/** Alternatives in a placeholder (`YYYY-MM-DD or TBD`): it does not promise a date. */
const ALTERNATIVES = /\bor\b|[|/]/iu;

/** The value without its HTML comments. */
export function withoutComments(value: string): string {
  return value.replace(HTML_COMMENT, '');
}

/** The value says `(optional)` outside its comments. */
export function hasOptionalMarker(value: string): boolean {
  return /\(optional\)/iu.test(withoutComments(value));
}

/** The value a template's field shows, HTML comments and the `(optional)` / `*if applicable*` markers removed. */
export function valueWithoutMarkers(templateValue: string): string {
  return withoutComments(templateValue).trim().replace(OPTIONAL_MARKER, ' ').trim();
}

/** `[Text](path)` or a value starting `Link to`. */
export function isLinkValue(value: string): boolean {
  return /^!?\[[^\]]*\]\([^)]*\)/u.test(value) || /^link to\b/iu.test(value);
}

/**
 * The date format a date placeholder asks for, or null: the format itself in any case
 * (`YYYY-MM-DD`, `yyyy-mm-dd`, `[MM/DD/YYYY]`, `<Month DD, YYYY>`), a placeholder naming a date
 * (`[Date]`, `[Creation date]`), and a placeholder that mentions a format (MADR's
 * `{YYYY-MM-DD when the decision was last updated}`, Rust's `(fill me in with today's date,
 * YYYY-MM-DD)`, `<date of creation, in yyyy-mm-dd format>`). A placeholder offering alternatives
 * (`[YYYY-MM-DD or TBD]`) promises no date.
 */
export function dateFormatOf(value: string): DateFormat | null {
  const whole = value.trim();
  const inner = unwrap(whole);
  const format = DATE_FORMAT.exec(inner);
  if (format !== null && format[0].length === inner.length) return canonicalFormat(format[0]);
  if (inner === whole || ALTERNATIVES.test(inner.replace(DATE_FORMAT, ''))) return null;
  if (format !== null) return canonicalFormat(format[0]);
  return DATE_NOUN.test(inner) ? 'any' : null;
}

/** An ISO date placeholder (a table's date column holds ISO dates). */
export function isDateValue(value: string): boolean {
  const format = dateFormatOf(value);
  return format === 'YYYY-MM-DD' || format === 'any';
}

function canonicalFormat(written: string): DateFormat {
  return /^month/iu.test(written) ? 'Month DD, YYYY' : (written.toUpperCase() as DateFormat);
}

const CLOSERS: Record<string, string> = { '[': ']', '<': '>', '{': '}', '(': ')' };

/** Strips one pair of placeholder delimiters (an unclosed opener too, as MADR's status has). */
export function unwrap(value: string): string {
  const closer = CLOSERS[value[0] ?? ''];
  if (closer === undefined) return value;
  const inner = value.endsWith(closer) ? value.slice(1, -1) : value.slice(1);
  return inner.trim();
}
