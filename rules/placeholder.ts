/**
 * `placeholder`: no placeholder text of the template is left in the document. Found on the source
 * text: inside code (fenced, indented or inline) only placeholders of two or more words count, so
 * `#[test]` or `git checkout <previous-commit>` never do; date and id tokens (`YYYY-MM-DD`) count
 * only in headings, metadata values and table cells; `<Word>` placeholders match case-sensitively.
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
import { findPlaceholders } from '../src/lint/placeholder-scan.js';
import type { Rule } from '../src/lint/rule.js';

export const placeholder: Rule = {
  meta: {
    id: 'placeholder',
    defaultSeverity: 'error',
    description: 'No placeholder text of the template is left in the document',
    fixable: false,
    hasSuggestions: false,
  },
  check({ outline, schema, report }) {
    for (const hit of findPlaceholders(outline, schema)) {
      report({
        message: `Placeholder "${hit.rule.text}" left in from the template ${templateTag(schema)}`,
        line: hit.line,
        column: hit.column,
        endLine: hit.line,
        endColumn: hit.endColumn,
      });
    }
  },
};
