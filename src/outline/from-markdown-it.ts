/**
 * The fast front-end: markdown-it → block IR → Outline. Frontmatter is read off the top here, as
 * remark-frontmatter reads it, and footnote definitions are set aside as remark-gfm does.
 */

import { assembleOutline } from './build.js';
import { interruptingDefinition, withoutDefinitions } from './footnotes.js';
import { findFrontmatter } from './frontmatter.js';
import type { IrBlock } from './ir.js';
import { readBlocks } from './markdown-it-blocks.js';
import { readSource } from './source.js';
import type { Outline } from './types.js';

export function outlineFromMarkdownIt(source: string): Outline {
  const text = readSource(source);
  const frontmatter = findFrontmatter(text.lines);
  // Blank lines stand in for the frontmatter, so that markdown-it's line numbers stay the document's.
  const lines =
    frontmatter === null ? text.lines : text.lines.map((line, index) => (index <= frontmatter.end ? '' : line));
  const input = frontmatter === null ? text.text : lines.join('\n');
  const blocks = readSegment(input, 0, lines.length - 1, lines);
  return assembleOutline(text, { frontmatter, blocks: withoutDefinitions(blocks, lines) });
}

/**
 * The blocks of lines `first`…`last` (`input`). A footnote definition that interrupts a paragraph
 * ends every open block in GFM, where markdown-it reads a lazy continuation line: the lines before
 * and from it are then read apart, as remark reads them.
 */
function readSegment(input: string, first: number, last: number, lines: readonly string[]): IrBlock[] {
  const blocks = readBlocks(input, first, lines);
  const split = interruptingDefinition(blocks, lines);
  if (split === null) return blocks;
  return [
    ...readSegment(lines.slice(first, split).join('\n'), first, split - 1, lines),
    ...readSegment(lines.slice(split, last + 1).join('\n'), split, last, lines),
  ];
}
