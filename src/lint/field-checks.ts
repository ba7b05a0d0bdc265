/**
 * What a metadata value must be (DESIGN §2 Metadata, §5 Fields): its type — an enum's value, a
 * date, a link, a URL, an email address, an integer, a list, or text that is no placeholder — and
 * the config's pattern and lengths. Each failed check is one message tail, placed on the value.
 */

import type { MetadataField } from '../outline/types.js';
import type { FieldRule } from '../template/schema.js';
import { normalizeForMatch } from '../template/text.js';
import { dateFormatText, isDateIn } from './dates.js';
import { quotedList } from './describe.js';
import { placeOfSpan } from './positions.js';
import type { Report } from './types.js';

const PLACEHOLDER = /^(?:\[[^\]]*\]|<[^>]*>|\{[^}]*\})$/u;
const LINK = /\[[^\]]*\]\([^)]*\)|\[[^\]]*\]\[[^\]]*\]|<[a-z][a-z0-9+.-]*:[^>]*>|\b[a-z][a-z0-9+.-]*:\/\/\S/iu;
/** A bare URL, an autolink, or a Markdown link to one. */
const URL_VALUE = /^(?:<?[a-z][a-z0-9+.-]*:\/\/[^\s<>]+>?|\[[^\]]*\]\(\s*<?[a-z][a-z0-9+.-]*:\/\/[^\s)]+>?\s*\))$/iu;
/** An address, bare, as an autolink or a `mailto:` link. */
const EMAIL_VALUE = /^(?:<?(?:mailto:)?[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+>?|\[[^\]]*\]\(\s*mailto:[^\s@)]+@[^\s@)]+\s*\))$/iu;
const INTEGER_VALUE = /^[+-]?\d+$/u;
/** A link field may say it has none (`Rust Issue: N/A` on an RFC that needs no tracking issue). */
const NO_LINK = /^\(?(?:n\/a|none|not applicable)\)?\.?$/iu;

/** Every check the non-empty value fails: its type first; the pattern and lengths only when the type holds. */
export function valueProblems(rule: FieldRule, field: MetadataField): Report[] {
  const value = field.value.trim();
  const typed = typeProblem(rule, field, value);
  if (typed !== null) return [typed];
  const place = placeOfSpan(field.valueSpan);
  const found = `found "${value}"`;
  const length = [...value].length;
  const problems: Report[] = [];
  if (rule.pattern !== undefined && !new RegExp(rule.pattern, 'u').test(value)) {
    problems.push({ message: `must match /${rule.pattern}/, ${found}`, ...place });
  }
  if (rule.minLength !== undefined && length < rule.minLength) {
    problems.push({ message: `must be at least ${rule.minLength} characters long, found ${length}`, ...place });
  }
  if (rule.maxLength !== undefined && length > rule.maxLength) {
    problems.push({ message: `must be at most ${rule.maxLength} characters long, found ${length}`, ...place });
  }
  return problems;
}

function typeProblem(rule: FieldRule, field: MetadataField, value: string): Report | null {
  const place = placeOfSpan(field.valueSpan);
  const found = `found "${value}"`;
  const unless = (ok: boolean, what: string): Report | null => (ok ? null : { message: `must be ${what}, ${found}`, ...place });
  switch (rule.type.kind) {
    case 'enum': {
      if (holdsOneOf(value, rule.type.values)) return null;
      const range: [number, number] = [field.valueSpan.start.offset, field.valueSpan.end.offset];
      return {
        message: `must be one of ${quotedList(rule.type.values)}, ${found}`,
        ...place,
        suggestions: rule.type.values.map((allowed) => ({ desc: `Set to "${allowed}"`, fix: { range, text: allowed } })),
      };
    }
    case 'date': {
      const format = rule.type.format ?? 'YYYY-MM-DD';
      return unless(isDateIn(format, value), `a date (${dateFormatText(format)})`);
    }
    case 'link':
      return unless(LINK.test(value) || NO_LINK.test(value), 'a link');
    case 'url':
      return unless(URL_VALUE.test(value), 'a URL');
    case 'email':
      return unless(EMAIL_VALUE.test(value), 'an email address');
    case 'integer':
      return unless(INTEGER_VALUE.test(value), 'an integer');
    case 'list':
    case 'text':
      return PLACEHOLDER.test(value) && !LINK.test(value) ? { message: `is a placeholder, ${found}`, ...place } : null;
  }
}

/**
 * Whether the value is one of these (case-insensitive), read as an enum value is: as written, as a
 * link's text (`[Implemented](…)`), or before a trailing parenthetical (`Implemented (Swift 5.9)`).
 */
export function holdsOneOf(value: string, wanted: readonly string[]): boolean {
  const candidates = enumCandidates(value);
  return wanted.some((one) => candidates.includes(normalizeForMatch(one)));
}

function enumCandidates(value: string): string[] {
  const linkText = /^\[([^\]]+)\]\([^)]*\)/u.exec(value)?.[1];
  const unlinked = normalizeForMatch(linkText === undefined ? value : value.replace(/^\[[^\]]+\]\([^)]*\)/u, linkText));
  // What follows the words in parentheses (a version, dates, a link to the decision) is a note.
  return [normalizeForMatch(value), unlinked, unlinked.replace(/\s+\(.*$/u, '')];
}
