/** Body helpers shared by the body rules. */

import { contentBlocks } from '../outline/content.js';
import type { Scope, SectionMatch } from '../match/types.js';
import type { Body, Section } from '../outline/types.js';
import type { GuideSchema } from '../template/schema.js';
import { normalizeForMatch } from '../template/text.js';

const NOT_APPLICABLE = /^(?:n\/a|none|not applicable)[.!]?$/u;

/**
 * The body satisfies the section's table, code, label and task rules without what they ask for:
 * it says only `N/A`, `None` or `Not applicable` (emphasis and a final full stop allowed), or it is
 * only a placeholder of the template left in (`[Same structure as Component 1]`). Such a section
 * is unwritten: the `placeholder` rule reports it once, rather than each thing it lacks.
 */
export function waivesBodyRules(body: Body, schema: GuideSchema): boolean {
  const text = onlyParagraph(body);
  return text !== null && (NOT_APPLICABLE.test(normalizeForMatch(text)) || isTemplatePlaceholder(text, schema));
}

/**
 * A section with no subsection whose body is only a placeholder of the template
 * (`[Same structure as Phase 1]`): the subsections it lacks are left to the `placeholder` rule, as
 * those of an empty section are left to `empty-section`.
 */
export function isUnwritten(section: Section, schema: GuideSchema): boolean {
  const text = onlyParagraph(section.body);
  return section.children.length === 0 && text !== null && isTemplatePlaceholder(text, schema);
}

/** A matched section's body rules apply: it is not empty (left to `empty-section`) nor waived. */
export function checksBody(entry: SectionMatch, schema: GuideSchema): boolean {
  return !entry.empty && !waivesBodyRules(entry.section.body, schema);
}

/** A scope's subsections are checked: its owner is neither empty nor unwritten. */
export function checksSubsections(scope: Scope, schema: GuideSchema): boolean {
  return scope.owner === null || (!scope.owner.empty && !isUnwritten(scope.owner.section, schema));
}

/** The text of the body's one content block when it is a paragraph, else null. */
function onlyParagraph(body: Body): string | null {
  const blocks = contentBlocks(body);
  const paragraph = body.paragraphs[0];
  return blocks.length === 1 && blocks[0]!.kind === 'paragraph' && paragraph !== undefined ? paragraph.text.trim() : null;
}

function isTemplatePlaceholder(text: string, schema: GuideSchema): boolean {
  return schema.placeholders.some((placeholder) => placeholder.scope === 'anywhere' && placeholder.text === text);
}
