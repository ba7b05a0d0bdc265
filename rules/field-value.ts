/**
 * `field-value`: a metadata field's value fits the template's type: one of an enum's values
 * (case-insensitive, also as a link's text or before a trailing `(…)`; a suggestion per allowed
 * value), a real calendar date `YYYY-MM-DD` (or in the format the template asks for,
 * `MM/DD/YYYY`, `Month DD, YYYY`, … — ISO is read in any), a link, a list of at least one item,
 * or non-empty text that is no placeholder. Template placeholders left in a value are left to the
 * `placeholder` rule.
 *
 * @template
 * ```markdown
 * # [Feature Name]
 *
 * **Priority:** [High/Medium/Low]
 * **Last Updated:** [YYYY-MM-DD]
 *
 * ## Purpose
 *
 * [What this achieves]
 * ```
 * @valid
 * ```markdown
 * # Search
 *
 * **Priority:** high
 * **Last Updated:** 2024-02-29
 *
 * ## Purpose
 *
 * Find documents fast.
 * ```
 * @invalid
 * ```markdown
 * # Search
 *
 * **Priority:** Urgent
 * **Last Updated:** 2023-02-29
 *
 * ## Purpose
 *
 * Find documents fast.
 * ```
 * @findings
 * ```text
 * 3:15 Field "Priority" (example) must be one of "High", "Medium", "Low", found "Urgent"
 * 4:19 Field "Last Updated" (example) must be a date (YYYY-MM-DD), found "2023-02-29"
 * ```
 */

import { dateFormatText, isDateIn } from '../src/lint/dates.js';
import { quotedList, templateTag } from '../src/lint/describe.js';
import { findField } from '../src/lint/fields.js';
import { findPlaceholders } from '../src/lint/placeholder-scan.js';
import { placeOfPoint, placeOfSpan } from '../src/lint/positions.js';
import type { Rule } from '../src/lint/rule.js';
import type { Report } from '../src/lint/types.js';
import type { MetadataField } from '../src/outline/types.js';
import type { FieldRule } from '../src/template/schema.js';
import { normalizeForMatch } from '../src/template/text.js';

export const fieldValue: Rule = {
  meta: {
    id: 'field-value',
    defaultSeverity: 'error',
    description: 'A metadata field\'s value fits the template\'s type (enum, date, link, text)',
    fixable: false,
    hasSuggestions: true,
  },
  check({ outline, schema, report }) {
    if (!schema.metadata) return;
    const placeholders = findPlaceholders(outline, schema);
    for (const rule of schema.metadata.fields) {
      const field = findField(outline, rule.key);
      if (!field) continue;
      const { start, end } = field.valueSpan;
      const holdsPlaceholder = placeholders.some(
        (hit) => hit.line >= start.line && hit.line <= end.line && hit.column >= start.column && hit.endColumn <= end.column,
      );
      if (holdsPlaceholder) continue;
      const problem = valueProblem(rule, field);
      if (problem) report({ ...problem, message: `Field "${rule.key}" ${templateTag(schema)} ${problem.message}` });
    }
  },
};

const PLACEHOLDER = /^(?:\[[^\]]*\]|<[^>]*>|\{[^}]*\})$/u;
const LINK = /\[[^\]]*\]\([^)]*\)|\[[^\]]*\]\[[^\]]*\]|<[a-z][a-z0-9+.-]*:[^>]*>|\b[a-z][a-z0-9+.-]*:\/\/\S/iu;

/**
 * The value as an enum value is read: as written, as a link's text (`[Implemented](…)`), and
 * without a trailing parenthetical (`Implemented (Swift 5.9)`, `Implemented (https://…)`).
 */
function enumCandidates(value: string): string[] {
  const linkText = /^\[([^\]]+)\]\([^)]*\)/u.exec(value)?.[1];
  const unlinked = linkText === undefined ? value : value.replace(/^\[[^\]]+\]\([^)]*\)/u, linkText);
  return [value, unlinked, unlinked.replace(/\s*\([^()]*\)\s*$/u, '')].map(normalizeForMatch);
}

/** What is wrong with the value (a message tail, placed on the value), or null. */
function valueProblem(rule: FieldRule, field: MetadataField): Report | null {
  const value = field.value.trim();
  const place = placeOfSpan(field.valueSpan);
  const found = `found "${value}"`;
  if (value === '') {
    const message = rule.type.kind === 'list' ? 'must list at least one item, found none' : 'is empty';
    return rule.required ? { message, ...placeOfPoint(field.valueSpan.start) } : null;
  }
  switch (rule.type.kind) {
    case 'enum': {
      const candidates = enumCandidates(value);
      if (rule.type.values.some((allowed) => candidates.includes(normalizeForMatch(allowed)))) return null;
      const range: [number, number] = [field.valueSpan.start.offset, field.valueSpan.end.offset];
      return {
        message: `must be one of ${quotedList(rule.type.values)}, ${found}`,
        ...place,
        suggestions: rule.type.values.map((allowed) => ({ desc: `Set to "${allowed}"`, fix: { range, text: allowed } })),
      };
    }
    case 'date': {
      const format = rule.type.format ?? 'YYYY-MM-DD';
      return isDateIn(format, value) ? null : { message: `must be a date (${dateFormatText(format)}), ${found}`, ...place };
    }
    case 'link':
      return LINK.test(value) ? null : { message: `must be a link, ${found}`, ...place };
    case 'list':
    case 'text':
      return PLACEHOLDER.test(value) && !LINK.test(value) ? { message: `is a placeholder, ${found}`, ...place } : null;
  }
}
