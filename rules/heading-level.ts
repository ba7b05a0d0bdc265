/**
 * `heading-level`: a template section appears at the template's depth. Reports a heading whose
 * level differs from the template's where, at the template's level, it would stand in its right
 * place (`### Security` inside `## Performance`, `# Motivation` under `# Search`), with a fix
 * setting the level: one finding per heading, however many of its siblings share the mistake. A
 * heading under another section is taken for the template's only at most one level deeper.
 *
 * @template
 * ```markdown
 * # [Feature Name]
 *
 * ## Performance Considerations
 *
 * [Expected impact]
 *
 * ## Security Considerations
 *
 * [Risks]
 * ```
 * @valid
 * ```markdown
 * # Search
 *
 * ## Performance Considerations
 *
 * Fast.
 *
 * ## Security Considerations
 *
 * Safe.
 * ```
 * @invalid
 * ```markdown
 * # Search
 *
 * ## Performance Considerations
 *
 * Fast.
 *
 * ### Security Considerations
 *
 * Safe.
 * ```
 * @findings
 * ```text
 * 7:1 Section "## Security Considerations" (example) has heading level 3, expected 2
 * ```
 */

import { templateTag } from '../src/lint/describe.js';
import { matchHeading } from '../src/lint/missing-section.js';
import { lineStartOf, placeOfSpan } from '../src/lint/positions.js';
import type { Rule } from '../src/lint/rule.js';
import type { Fix } from '../src/lint/types.js';
import type { Heading, Outline } from '../src/outline/types.js';

export const headingLevel: Rule = {
  meta: {
    id: 'heading-level',
    defaultSeverity: 'error',
    description: 'A template section appears at the template\'s depth',
    fixable: true,
    hasSuggestions: false,
  },
  check({ outline, schema, match, report }) {
    for (const entry of match.sections) {
      const heading = entry.section.heading;
      if (!entry.levelMismatch || !heading) continue;
      const fix = levelFix(outline, heading, entry.rule.level);
      report({
        message: `Section "${matchHeading(entry)}" ${templateTag(schema)} has heading level ${heading.level}, expected ${entry.rule.level}`,
        ...placeOfSpan(heading.span),
        ...(fix ? { fix } : {}),
      });
    }
  },
};

const ATX_OPENING = /^ {0,3}(#{1,6})(?=[ \t]|$)/u;

/** Rewrites the opening `#`s of an ATX heading; turns a setext heading into an ATX one. */
function levelFix(outline: Outline, heading: Heading, level: number): Fix | undefined {
  const marker = '#'.repeat(level);
  const lineStart = lineStartOf(heading.span.start).offset;
  if (heading.setext) {
    return { range: [lineStart, heading.span.end.offset], text: `${marker} ${heading.raw.replace(/\s*\n\s*/gu, ' ')}` };
  }
  const opening = ATX_OPENING.exec(outline.lines[heading.span.start.line - 1] ?? '');
  if (!opening) return undefined;
  const start = lineStart + opening[0].length - opening[1]!.length;
  return { range: [start, start + opening[1]!.length], text: marker };
}
