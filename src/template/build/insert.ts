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

/**
 * The body's lines from its first to its last content block; opening and closing comments and
 * `---` rules left out. A body that is nothing but comments keeps them: the section the template
 * leaves to its guidance comment is inserted with it, as the author would have it from the
 * template (empty, it would be an `empty-section` finding of the fix's own making).
 */
function bodyText(outline: Outline, section: Section): string {
  const comments = new Set(section.body.comments.map((comment) => comment.span.start.offset));
  const isComment = (block: Block): boolean => comments.has(block.span.start.offset);
  const blocks = section.body.blocks.filter((block) => block.kind !== 'thematicBreak');
  let first = 0;
  let last = blocks.length - 1;
  while (first <= last && isComment(blocks[first])) first += 1;
  while (last >= first && isComment(blocks[last])) last -= 1;
  if (first > last) return linesOf(outline, blocks[0], blocks.at(-1));
  return linesOf(outline, blocks[first], blocks[last]);
}

function linesOf(outline: Outline, first: Block | undefined, last: Block | undefined): string {
  if (first === undefined || last === undefined) return '';
  return outline.lines.slice(first.span.start.line - 1, lastLineOf(last)).join('\n');
}

/** The last line a block covers (its end point is exclusive: at column 1 it lies on the next line). */
function lastLineOf(block: Block): number {
  const { start, end } = block.span;
  return end.column === 1 && end.line > start.line ? end.line - 1 : end.line;
}
