/**
 * `unknown-field` (off by default): every metadata field of the document is one the template or
 * the config (`fields:`) names, keys compared as `required-field` compares them. Frontmatter's
 * `template:` (which picks the template) and `title:` (which may stand for the H1) are always
 * known. Removing a field loses what it says, so the repair is a suggestion, not a fix.
 *
 * @template
 * ```markdown
 * # [Feature Name]
 *
 * **Status:** [Draft/Final]
 *
 * ## Purpose
 *
 * [What this achieves]
 * ```
 * @valid
 * ```markdown
 * # Search
 *
 * **Status:** Draft
 *
 * ## Purpose
 *
 * Find documents fast.
 * ```
 * @invalid
 * ```markdown
 * # Search
 *
 * **Status:** Draft
 * **Mood:** Upbeat
 *
 * ## Purpose
 *
 * Find documents fast.
 * ```
 * @findings
 * ```text
 * 4:1 Unknown field "Mood": the template (example) has no such field
 * ```
 */

import { templateTag } from '../src/lint/describe.js';
import { deleteField } from '../src/lint/field-lines.js';
import { namesField } from '../src/lint/fields.js';
import { placeOfSpan } from '../src/lint/positions.js';
import type { Rule } from '../src/lint/rule.js';

/** Frontmatter keys with a meaning of their own (DESIGN §2 Title, §5). */
const ALWAYS_KNOWN = ['template', 'title'];

export const unknownField: Rule = {
  meta: {
    id: 'unknown-field',
    defaultSeverity: 'off',
    description: 'Every metadata field is one the template or the config names',
    fixable: false,
    hasSuggestions: true,
  },
  check({ outline, schema, report }) {
    const known = schema.metadata?.fields.map((field) => field.key) ?? [];
    for (const field of outline.metadata) {
      if (field.form === 'frontmatter' && ALWAYS_KNOWN.some((key) => namesField(field.key, key))) continue;
      if (known.some((key) => namesField(field.key, key))) continue;
      report({
        message: `Unknown field "${field.key}": the template ${templateTag(schema)} has no such field`,
        ...placeOfSpan(field.span),
        suggestions: [{ desc: `Remove the field "${field.key}"`, fix: deleteField(outline, field) }],
      });
    }
  },
};
