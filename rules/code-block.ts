/**
 * `code-block`: a section whose template section has a fenced code block holds at least one code
 * block, with a language tag when the template's block had one (any language). A body saying only
 * `N/A`, or only a template placeholder left in (the `placeholder` rule reports it), satisfies it.
 *
 * @template
 * ```markdown
 * # [Feature Name]
 *
 * ## Setup
 *
 * ~~~bash
 * [command to install]
 * ~~~
 * ```
 * @valid
 * ```markdown
 * # Search
 *
 * ## Setup
 *
 * ~~~sh
 * npm install search
 * ~~~
 * ```
 * @invalid
 * ```markdown
 * # Search
 *
 * ## Setup
 *
 * ~~~
 * npm install search
 * ~~~
 * ```
 * @findings
 * ```text
 * 5:1 Code block in "## Setup" (example) has no language tag, expected one as in the template
 * ```
 */

import { checksBody } from '../src/lint/body.js';
import { templateTag } from '../src/lint/describe.js';
import { matchHeading } from '../src/lint/missing-section.js';
import { placeOfPoint } from '../src/lint/positions.js';
import type { Rule } from '../src/lint/rule.js';
import { bodyEndPlace } from '../src/lint/section-place.js';

export const codeBlock: Rule = {
  meta: {
    id: 'code-block',
    defaultSeverity: 'warn',
    description: 'A section whose template section has a code block holds one',
    fixable: false,
    hasSuggestions: false,
  },
  check({ outline, schema, match, report }) {
    for (const entry of match.sections) {
      const rule = entry.rule.body.code;
      if (!rule || !checksBody(entry, schema)) continue;
      const where = `in "${matchHeading(entry)}" ${templateTag(schema)}`;
      const blocks = entry.section.body.codeBlocks;
      const first = blocks[0];
      if (!first) {
        report({ message: `Missing code block ${where}`, ...placeOfPoint(bodyEndPlace(outline, entry.section).point) });
      } else if (rule.lang && blocks.every((block) => block.lang === null)) {
        report({
          message: `Code block ${where} has no language tag, expected one as in the template`,
          ...placeOfPoint(first.span.start),
        });
      }
    }
  },
};
