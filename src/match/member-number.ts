/** Reads a series member's number from its heading: `Phase 2: …`, `Appendix B`, `1.2 …`, `Day 3-5: …`. */

import type { SectionRule } from '../template/schema.js';
import { regexOf } from './schema-index.js';
import type { MemberNumber } from './types.js';

/**
 * The member number of a normalized heading text, from the series pattern's named groups (`n`:
 * the number, letter, dotted number or range start; `end`: a range's end), or null without them.
 */
export function parseMemberNumber(normalizedText: string, rule: SectionRule): MemberNumber | null {
  const groups = regexOf(rule).exec(normalizedText)?.groups;
  const number = groups?.n;
  if (!rule.series || number === undefined) return null;
  switch (rule.series.numbering) {
    case 'letter': {
      const letter = number.toUpperCase();
      return { label: letter, first: letter.charCodeAt(0) - 64, last: letter.charCodeAt(0) - 64 };
    }
    case 'dotted': {
      const last = Number(number.split('.').at(-1));
      return { label: number, first: last, last };
    }
    case 'range': {
      const first = Number(number);
      const end = groups?.end === undefined ? first : Number(groups.end);
      return { label: groups?.end === undefined ? number : `${number}-${groups.end}`, first, last: end };
    }
    case 'number':
      return { label: number, first: Number(number), last: Number(number) };
  }
}
