/**
 * `placeholder`: no placeholder text of the template is left in the document. Found on the source
 * text: inside code (fenced, indented or inline) only placeholders of two or more words count, so
 * `#[test]` or `git checkout <previous-commit>` never do; date and id tokens (`YYYY-MM-DD`) count
 * only in headings, metadata values and table cells; `<Word>` placeholders match case-sensitively.
 * A placeholder that is an enum field's whole value (`**Priority:** [High/Low]`) comes with a
 * suggestion per allowed value. Samples left in count too (DESIGN §2b.8): a sample title kept as the
 * whole H1 (`# Feature name`) or `title:` field, a sample person (`@janedoe`,
 * `jane@example.com`) kept in a metadata value, and a sentence of the template's guidance (eight
 * words or more, in a paragraph) copied unchanged, found at the sentence.
 *
 * @template
 * ```markdown
 * # [Name]
 *
 * ## Purpose
 *
 * [Describe the goal]
 * ```
 * @valid
 * ```markdown
 * # Search
 *
 * ## Purpose
 *
 * Find documents fast: `index[Name]` is a lookup.
 * ```
 * @invalid
 * ```markdown
 * # Search
 *
 * ## Purpose
 *
 * [Describe the goal]
 * ```
 * @findings
 * ```text
 * 5:1 Placeholder "[Describe the goal]" left in from the template (example)
 * ```
 */

import { templateTag } from '../src/lint/describe.js';
import { findField } from '../src/lint/fields.js';
import { findPlaceholders, type PlaceholderHit } from '../src/lint/placeholder-scan.js';
import type { Rule, RuleContext } from '../src/lint/rule.js';
import type { Suggestion } from '../src/lint/types.js';
import type { PlaceholderRule } from '../src/template/schema.js';

export const placeholder: Rule = {
  meta: {
    id: 'placeholder',
    defaultSeverity: 'error',
    description: 'No placeholder text of the template is left in the document',
    fixable: false,
    hasSuggestions: true,
  },
  check(context) {
    const { outline, schema, report } = context;
    for (const hit of findPlaceholders(outline, schema)) {
      const suggestions = enumSuggestions(context, hit);
      report({
        message: `${LEFT_IN[hit.rule.scope](hit.rule.text)} left in from the template ${templateTag(schema)}`,
        line: hit.line,
        column: hit.column,
        endLine: hit.endLine,
        endColumn: hit.endColumn,
        ...(suggestions.length > 0 ? { suggestions } : {}),
      });
    }
  },
};

/** What was left in, by where it counts. */
const LEFT_IN: Record<PlaceholderRule['scope'], (text: string) => string> = {
  anywhere: (text) => `Placeholder "${text}"`,
  structured: (text) => `Placeholder "${text}"`,
  title: (text) => `Sample title "${text}"`,
  value: (text) => `Sample value "${text}"`,
  sentence: (text) => `Template text "${shortened(text)}"`,
};

const MESSAGE_TEXT_LENGTH = 60;

/** A long sentence cut after a word, with `…`. */
function shortened(text: string): string {
  if (text.length <= MESSAGE_TEXT_LENGTH) return text;
  const cut = text.lastIndexOf(' ', MESSAGE_TEXT_LENGTH - 1);
  return `${text.slice(0, cut > 0 ? cut : MESSAGE_TEXT_LENGTH - 1).replace(/[\s,;:]+$/u, '')}…`;
}

/** A placeholder that is an enum field's whole value (`[High/Medium/Low]`): one suggestion per allowed value. */
function enumSuggestions({ outline, schema }: RuleContext, hit: PlaceholderHit): Suggestion[] {
  for (const rule of schema.metadata?.fields ?? []) {
    if (rule.type.kind !== 'enum') continue;
    const { start, end } = findField(outline, rule.key)?.valueSpan ?? {};
    if (!start || !end || start.line !== hit.line || end.line !== hit.line) continue;
    if (outline.lines[hit.line - 1]!.slice(start.column - 1, end.column - 1).trim() !== hit.text) continue;
    const range: [number, number] = [start.offset, end.offset];
    return rule.type.values.map((value) => ({ desc: `Set to "${value}"`, fix: { range, text: value } }));
  }
  return [];
}
