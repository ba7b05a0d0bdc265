/** How messages name things: template sections as the template writes them, document sections as the document does. */

import type { Section } from '../outline/types.js';
import type { GuideSchema, SectionRule } from '../template/schema.js';

/** `## Security Considerations`: a template section with its heading marker. */
export function ruleHeading(rule: Pick<SectionRule, 'level' | 'display'>): string {
  return `${'#'.repeat(rule.level)} ${rule.display}`;
}

/** `## Notes`: a document section as written (setext headings shown with `#` markers too). */
export function sectionHeading(section: Section): string {
  return `${'#'.repeat(section.level)} ${section.heading?.text ?? ''}`;
}

/** `(design-doc)`: the template's name as messages end it. */
export function templateTag(schema: GuideSchema): string {
  return `(${schema.template})`;
}

/** A list of names for a message: `"Date", "Version"`. */
export function quotedList(names: readonly string[]): string {
  return names.map((name) => `"${name}"`).join(', ');
}

/** `**Verification:**`, however the template wrote the label's markers. */
export function labelMarkup(display: string): string {
  const text = display.replace(/^\*\*|\*\*$/gu, '').replace(/:?\*\*:?$|:$/u, '').trim();
  return `**${text}:**`;
}
