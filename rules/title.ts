/**
 * `title`: the document has one H1, of the template's shape. A frontmatter `title:` stands in for
 * a missing H1 (as markdownlint's MD025 has it). A further H1 that stands for a template section
 * (`# Motivation` under `# Search`, where the template has `## Motivation`) is no extra title: its
 * level is `heading-level`'s finding, or its place `required-section`'s.
 *
 * @template
 * ```markdown
 * # [Feature Name] Implementation Guide
 *
 * ## Purpose
 * ```
 * @valid
 * ```markdown
 * # Search Implementation Guide
 *
 * ## Purpose
 *
 * Make search fast.
 * ```
 * @invalid
 * ```markdown
 * # Search Notes
 *
 * ## Purpose
 *
 * Make search fast.
 * ```
 * @findings
 * ```text
 * 1:1 Title "# Search Notes" does not match "# [Feature Name] Implementation Guide" (example)
 * ```
 */

import { regexOf } from '../src/match/schema-index.js';
import { templateTag } from '../src/lint/describe.js';
import { placeOfPoint, placeOfSpan } from '../src/lint/positions.js';
import type { Rule } from '../src/lint/rule.js';
import { normalizeForMatch } from '../src/template/text.js';

export const title: Rule = {
  meta: {
    id: 'title',
    defaultSeverity: 'error',
    description: 'The document has one H1, of the template\'s shape',
    fixable: false,
    hasSuggestions: false,
  },
  check({ outline, schema, match, report }) {
    if (!schema.title) return;
    const expected = `"# ${schema.title.display}" ${templateTag(schema)}`;
    const [first, ...extra] = match.title.headings;
    if (!first?.heading) {
      if (match.title.frontmatterTitle !== null) return;
      const line = outline.frontmatter ? outline.frontmatter.span.end.line + 1 : 1;
      report({ message: `Missing title ${expected}`, ...placeOfPoint({ line, column: 1 }) });
      return;
    }
    if (!regexOf(schema.title).test(normalizeForMatch(first.heading.text))) {
      report({
        message: `Title "# ${first.heading.text}" does not match ${expected}`,
        ...placeOfSpan(first.heading.span),
      });
    }
    // An H1 standing for a template section is heading-level's or required-section's finding.
    const sections = new Set([...match.sections, ...match.misplaced, ...match.nearMisses].map((entry) => entry.section));
    for (const section of extra) {
      if (sections.has(section)) continue;
      report({
        message: `Extra title "# ${section.heading!.text}": the document has one H1, ${expected}`,
        ...placeOfSpan(section.heading!.span),
      });
    }
  },
};
