/**
 * Hover on a heading: which section of which template it matches, as the matcher aligned them.
 *
 * @example
 *   ## Risks        → Matches `## Risks` of template `design-doc` (template line 40, required).
 *   ## Securty      → Not a section of template `design-doc`; did you mean `## Security Considerations`?
 */
import { ruleHeading, sectionHeading } from '../lint/describe.js';
import type { DocumentMatch, SectionMatch } from '../match/types.js';
import type { Section, Span } from '../outline/types.js';
import type { SectionRule } from '../template/schema.js';

export interface HeadingHover {
  /** Markdown. */
  text: string;
  /** The heading's place. */
  span: Span;
}

/** What the heading on 1-based `line` is to the template, or null when no heading stands there. */
export function headingHover(match: DocumentMatch, line: number): HeadingHover | null {
  const section = sectionAt(match.outline.root, line);
  if (section === null || section.heading === null) return null;
  return { text: describeHeading(match, section), span: section.heading.span };
}

function sectionAt(section: Section, line: number): Section | null {
  for (const child of section.children) {
    const heading = child.heading?.span;
    if (heading && heading.start.line <= line && line <= heading.end.line) return child;
    if (child.span.start.line <= line && line <= child.span.end.line) return sectionAt(child, line);
  }
  return null;
}

function describeHeading(match: DocumentMatch, section: Section): string {
  const { schema } = match;
  const template = `template \`${schema.template}\``;
  if (schema.title !== null && match.title.headings.includes(section)) {
    return `The title of ${template}: \`# ${schema.title.display}\` (template line ${schema.title.line}).`;
  }
  const matched = match.sections.find((entry) => entry.section === section);
  if (matched) return `Matches \`${ruleHeading(matched.rule)}\` of ${template} (${facts(matched.rule, matched)}).`;
  const misplaced = match.misplaced.find((entry) => entry.section === section);
  if (misplaced) {
    const under = misplaced.foundUnder.heading ? `under \`${sectionHeading(misplaced.foundUnder)}\`` : 'before the title';
    return `Names \`${ruleHeading(misplaced.rule)}\` of ${template} (${facts(misplaced.rule, null)}), but stands ${under}: not where the template has it.`;
  }
  const nearMiss = match.nearMisses.find((entry) => entry.section === section);
  if (nearMiss) return `Not a section of ${template}; did you mean \`${ruleHeading(nearMiss.rule)}\`?`;
  const unknown = match.unknown.find((entry) => entry.section === section);
  return `Not a section of ${template}${unknown?.closed ? ', which allows no other section here' : ''}.`;
}

/** Template line, required or optional, a series member's number, a level off. */
function facts(rule: SectionRule, matched: SectionMatch | null): string {
  const parts = [`template line ${rule.line}`, rule.required ? 'required' : 'optional'];
  if (matched?.member) parts.push(`number ${matched.member.label} of the series`);
  if (matched?.levelMismatch) parts.push(`heading level ${matched.section.level}, the template's is ${rule.level}`);
  return parts.join(', ');
}
