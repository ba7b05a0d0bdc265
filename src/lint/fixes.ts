/**
 * Text edits that write template text: insert a block (a section, with its body and required
 * subsections) or a single line, at a line start or at the end of the source, with the document's
 * own line breaks; or put the template's heading in place of a document's. At the end, a code
 * block or comment the document leaves open is closed first.
 */

import type { Heading, Outline, Point } from '../outline/types.js';
import type { SectionRule } from '../template/schema.js';
import { closingOfOpenEnd } from './open-end.js';
import { lineBreakOf } from './positions.js';
import type { Fix, RuleId } from './types.js';

/**
 * The rules whose insertions at one place may go in in one pass, in the order the rule reports
 * them: each is a block that brings its own blank line after it (`insertBlock`), so several at
 * once give the text one per pass would. A line a rule inserts (a field, a task item) brings the
 * blank line its place needs, and two would bring two; the checklist gives the items missing at
 * one place one fix.
 */
export const BLOCK_INSERTING_RULES: ReadonlySet<RuleId> = new Set<RuleId>(['required-section', 'section-series']);

/** Where an insertion goes: a line start, or the end of the source. */
export interface InsertionPoint {
  point: Point;
  atEnd: boolean;
}

function sourceEndsWithLineBreak(outline: Outline): boolean {
  return outline.lines.length > 1 && outline.lines[outline.lines.length - 1] === '';
}

function sourceIsEmpty(outline: Outline): boolean {
  return outline.lines.length <= 1 && (outline.lines[0] ?? '') === '';
}

/**
 * Inserts a block (lines joined with "\n") separated from what follows, and from what precedes at
 * the end of the source, by a blank line. At the end of a source without a final line break, the
 * block goes in without one too.
 */
export function insertBlock(outline: Outline, at: InsertionPoint, text: string): Fix {
  const offset = at.point.offset;
  const br = lineBreakOf(outline);
  const block = text.replace(/\n/gu, br);
  if (!at.atEnd) return { range: [offset, offset], text: `${block}${br}${br}` };
  if (sourceIsEmpty(outline)) return { range: [offset, offset], text: `${block}${br}` };
  const closing = closingOfOpenEnd(outline);
  if (closing !== null) return { range: [offset, offset], text: `${closedAt(outline, closing)}${br}${br}${block}${br}` };
  if (sourceEndsWithLineBreak(outline)) return { range: [offset, offset], text: `${br}${block}${br}` };
  return { range: [offset, offset], text: `${br}${br}${block}` };
}

/** Inserts one line; at the end of a source without a final line break, without one too. */
export function insertLine(outline: Outline, at: InsertionPoint, text: string): Fix {
  const offset = at.point.offset;
  const br = lineBreakOf(outline);
  if (!at.atEnd || sourceIsEmpty(outline)) return { range: [offset, offset], text: `${text}${br}` };
  const closing = closingOfOpenEnd(outline);
  if (closing !== null) return { range: [offset, offset], text: `${closedAt(outline, closing)}${br}${text}${br}` };
  if (sourceEndsWithLineBreak(outline)) return { range: [offset, offset], text: `${text}${br}` };
  return { range: [offset, offset], text: `${br}${text}` };
}

/** The closing line of a block left open, on a line of its own at the end of the source. */
function closedAt(outline: Outline, closing: string): string {
  return sourceEndsWithLineBreak(outline) ? closing : `${lineBreakOf(outline)}${closing}`;
}

/**
 * The template's text for a missing section, lines joined with "\n": its heading (a series' first
 * member's), its body, then its required subsections the same way, blank lines between. A section
 * that would be left empty (no body, no required subsection) takes its first subsection, so that
 * the fix does not make an empty section. A subsection the document already has somewhere
 * (`isPresent`, e.g. written under another parent) is never written a second time. A schema
 * compiled without the text gives the heading alone.
 */
export function sectionText(rule: SectionRule, isPresent: (rule: SectionRule) => boolean = () => false): string {
  if (!rule.insert) return `${'#'.repeat(rule.level)} ${rule.series?.members[0] ?? rule.display}`;
  const parts = [rule.insert.heading];
  if (rule.insert.body !== '') parts.push(rule.insert.body);
  const absent = rule.children.filter((child) => !isPresent(child));
  const required = absent.filter((child) => child.required && child.min > 0);
  const children = required.length === 0 && parts.length === 1 ? absent.slice(0, 1) : required;
  return [...parts, ...children.map((child) => sectionText(child, isPresent))].join('\n\n');
}

/** Replaces a heading (ATX or setext, from its first marker to its end) with an ATX heading line. */
export function replaceHeading(heading: Heading, line: string): Fix {
  return { range: [heading.span.start.offset, heading.span.end.offset], text: line };
}
