/**
 * Enums in a template's sample values (DESIGN §2 Metadata, §2b.6): `A | B | C` or `A|B|C`,
 * `[A/B/C]` (also `<…>`, `{…}`, `(…)`), `A / B / C`, `<A, B, or C>`, `A, B or C`, `one of A, B, C`.
 *
 * A sample value is more often a sentence or a list of samples than a choice, and a false enum
 * flags every conforming document, so the prose forms are read narrowly: a comma list is a choice
 * only when it says so (`or` before its last item, or `one of`), and only when it is a short list
 * of short, value-like items (each capitalised, or code); `A / B / C` needs three items. A list
 * left open (`etc.`, `…`) is free text.
 */
import { unwrap } from './values.js';

/** A member that leaves a list open: `etc.`, `…`, `...`. */
const OPEN_MEMBER = /(?:^|\s)(?:etc\.?|…|\.\.\.)$/iu;
const ONE_OF = /^one of:?\s+/iu;
/** The `or` before a comma list's last item: `A, B, or C`, `A, B or C`. */
const LAST_OR = /,?\s+or\s+(?=[^,]*$)/iu;
const SPACED_SLASH = /\s+\/\s+/u;
const MAX_ITEMS = 8;
const MAX_ITEM_WORDS = 3;
/** Sentence punctuation and brackets: an item holding one is prose, not a value. */
const PROSE_MARK = /[:;!?()[\]{}<>]|\.\s/u;
/** Code, or emphasis, around a whole item: `` `alpha` ``, `**Accepted**`. */
const MARKED = /^(`+|\*\*?|__?)(.+)\1$/u;

/** The values of an enum, or null. */
export function enumValues(value: string): string[] | null {
  const trimmed = value.trim();
  const inner = unwrap(trimmed);
  const oneOf = ONE_OF.exec(inner);
  const list = oneOf ? inner.slice(oneOf[0].length) : inner;
  const members = listMembers(list, { bracketed: inner !== trimmed, oneOf: oneOf !== null });
  if (members === null || members.length < 2 || members.some((member) => member === '')) return null;
  if (members.some((member) => OPEN_MEMBER.test(member))) return null;
  return members.map(unmarked);
}

interface ListShape {
  /** The value is a placeholder: `[…]`, `<…>`, `{…}`, `(…)`. */
  bracketed: boolean;
  /** It says `one of`. */
  oneOf: boolean;
}

function listMembers(list: string, shape: ListShape): string[] | null {
  if (list.includes('|')) return split(list, '|');
  if (list.includes(',')) return commaMembers(list, shape);
  if (!list.includes('/')) return null;
  if (shape.bracketed || shape.oneOf) return split(list, '/');
  const members = split(list, SPACED_SLASH);
  return members.length >= 3 && members.every(isShortItem) ? members : null;
}

/** `A, B, or C` (and `one of A, B, C`): a short list of short, value-like items. */
function commaMembers(list: string, { bracketed, oneOf }: ListShape): string[] | null {
  const saysOr = LAST_OR.test(list);
  if (!saysOr && !oneOf) return null;
  const members = split(list.replace(LAST_OR, ', '), ',');
  if (members.length > MAX_ITEMS || (!bracketed && !oneOf && members.length < 3)) return null;
  if (!members.every(isShortItem)) return null;
  return oneOf || members.every(isValueLike) ? members : null;
}

function split(list: string, separator: string | RegExp): string[] {
  return list.split(separator).map((member) => member.trim());
}

function isShortItem(member: string): boolean {
  return member.split(/\s+/u).length <= MAX_ITEM_WORDS && !PROSE_MARK.test(member);
}

/** Capitalised (`Standards`, `In Progress`), a number, or marked as code or emphasis. */
function isValueLike(member: string): boolean {
  return MARKED.test(member) || /^[\p{Lu}\p{N}]/u.test(member);
}

function unmarked(member: string): string {
  return MARKED.exec(member)?.[2]?.trim() ?? member;
}
