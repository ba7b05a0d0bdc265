/**
 * Metadata field inference (DESIGN §2, Metadata): whether a template's field is required and what
 * type its value has, read from the template's value.
 */
import type { FieldType } from './schema.js';

export interface InferredField {
  required: boolean;
  type: FieldType;
}

const OPTIONAL_MARKER = /\s*\(optional\)\s*/giu;
const HTML_COMMENT = /<!--[\s\S]*?-->/gu;
/** A member that leaves a list open: `etc.`, `…`, `...`. */
const OPEN_MEMBER = /(?:^|\s)(?:etc\.?|…|\.\.\.)$/iu;
const DATE_TOKEN = 'YYYY-MM-DD';

/** Reads a template's metadata value: `Draft | Planning`, `[YYYY-MM-DD] (optional)`, `Link to spec`. */
export function inferField(templateValue: string): InferredField {
  const required = !/\(optional\)/iu.test(templateValue.replace(HTML_COMMENT, ''));
  return { required, type: inferType(valueWithoutMarkers(templateValue)) };
}

/** The value a template's field shows, HTML comments and the `(optional)` marker removed. */
export function valueWithoutMarkers(templateValue: string): string {
  return templateValue.replace(HTML_COMMENT, '').trim().replace(OPTIONAL_MARKER, ' ').trim();
}

function inferType(value: string): FieldType {
  if (/^!?\[[^\]]*\]\([^)]*\)/u.test(value) || /^link to\b/iu.test(value)) return { kind: 'link' };
  if (isDateValue(value)) return { kind: 'date' };
  const values = enumValues(value);
  return values ? { kind: 'enum', values } : { kind: 'text' };
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

export interface FrontmatterLine {
  key: string;
  value: string;
  /** 0-based index of the line in the frontmatter text. */
  index: number;
  /** A YAML comment above it says the fields are optional. */
  optionalByComment: boolean;
}

/**
 * Reads frontmatter text line by line as top-level `key: value` pairs: for a template whose
 * frontmatter is not valid YAML (MADR's `status: "{proposed | … | superseded by ADR-0123"` never
 * closes its quote). A `#` comment saying "optional" marks the keys below it optional.
 */
export function readFrontmatterLines(raw: string): FrontmatterLine[] {
  const fields: FrontmatterLine[] = [];
  let optionalByComment = false;
  raw.split(/\r?\n/u).forEach((line, index) => {
    if (/^\s*#/u.test(line)) {
      if (saysOptional(line)) optionalByComment = true;
      return;
    }
    const match = /^([A-Za-z_][\w .-]*?)\s*:(?:\s+(.*))?$/u.exec(line);
    if (!match) return;
    fields.push({ key: match[1], value: unquote((match[2] ?? '').trim()), index, optionalByComment });
  });
  return fields;
}

/**
 * Whether a comment says that what it stands by is optional: "This is an optional element",
 * "These are optional metadata elements", "This section is optional", or just "optional" — but
 * not "non-optional features" or "optional services that are needed".
 */
export function saysOptional(text: string): boolean {
  return (
    /^\W*optional\W*$/iu.test(text) ||
    /(?<!non-)\boptional (?:[\p{L}-]+ )?(?:elements?|sections?|parts?|headings?|fields?|keys?)\b/iu.test(text) ||
    /\b(?:is|are) (?:entirely |completely )?optional\b/iu.test(text)
  );
}

function unquote(value: string): string {
  const quote = value[0];
  if (quote !== '"' && quote !== "'") return value;
  return value.length > 1 && value.endsWith(quote) ? value.slice(1, -1) : value.slice(1);
}
