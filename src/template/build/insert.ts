/**
 * The template text of a section, kept in its rule for `--fix`: the heading line and the body
 * exactly as the template writes them (placeholders included, so that what a fix inserts is
 * reported as placeholder text until the author fills it in).
 */
import type { Block, Outline, Section } from '../../outline/types.js';
import type { SectionInsert } from '../schema.js';

/** The text of `headingOf`'s heading and `bodyOf`'s body (for a series: member 1's heading, the first full member's body). */
export function sectionInsert(outline: Outline, headingOf: Section, bodyOf: Section = headingOf): SectionInsert {
  const raw = headingOf.heading?.raw ?? '';
  return {
    heading: `${'#'.repeat(headingOf.level)} ${raw.replace(/\s*\n\s*/gu, ' ')}`,
    body: bodyText(outline, bodyOf),
  };
}

/** The body's lines from its first to its last content block; opening and closing comments and `---` rules left out. */
function bodyText(outline: Outline, section: Section): string {
  const comments = new Set(section.body.comments.map((comment) => comment.span.start.offset));
  const isFrame = (block: Block): boolean => block.kind === 'thematicBreak' || comments.has(block.span.start.offset);
  const blocks = section.body.blocks;
  let first = 0;
  let last = blocks.length - 1;
  while (first <= last && isFrame(blocks[first])) first += 1;
  while (last >= first && isFrame(blocks[last])) last -= 1;
  if (first > last) return '';
  const start = blocks[first].span.start.line;
  const end = lastLineOf(blocks[last]);
  return outline.lines.slice(start - 1, end).join('\n');
}

/** The last line a block covers (its end point is exclusive: at column 1 it lies on the next line). */
function lastLineOf(block: Block): number {
  const { start, end } = block.span;
  return end.column === 1 && end.line > start.line ? end.line - 1 : end.line;
}
