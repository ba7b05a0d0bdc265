/**
 * GFM footnote definitions (`[^label]: text`), which remark-gfm reads and markdown-it (without a
 * plugin) does not: where they start, and how to set them aside as remark does.
 */

import type { IrBlock } from './ir.js';
import { isBlank } from './source.js';

/** The start of a footnote definition, indented at most 3 spaces. */
const DEFINITION = /^ {0,3}\[\^[^\]\s]+\]:/;

/**
 * The first line, after the first line of a paragraph (or of a setext heading's text), where a
 * footnote definition interrupts it (GFM lets it) and so ends every block open there; or null.
 * Nested paragraphs count only for a definition at column 0, which no list item or blockquote
 * continues: markdown-it took it for a lazy continuation line.
 */
export function interruptingDefinition(
  blocks: readonly IrBlock[],
  lines: readonly string[],
  nested = false,
): number | null {
  for (const block of blocks) {
    const found = definitionIn(block, lines, nested);
    if (found !== null) return found;
  }
  return null;
}

function definitionIn(block: IrBlock, lines: readonly string[], nested: boolean): number | null {
  switch (block.kind) {
    case 'paragraph':
      return definitionLine(block.start + 1, block.end, lines, nested);
    case 'heading':
      // A setext heading's text is a paragraph (its underline ends it): the same holds there.
      return definitionLine(block.start + 1, block.end - 1, lines, nested);
    case 'blockquote':
      return interruptingDefinition(block.children, lines, true);
    case 'list':
      for (const item of block.items) {
        const found = interruptingDefinition(item.children, lines, true);
        if (found !== null) return found;
      }
      return null;
    default:
      return null;
  }
}

function definitionLine(first: number, last: number, lines: readonly string[], nested: boolean): number | null {
  for (let line = first; line <= last; line++) {
    const text = lines[line]!;
    if (DEFINITION.test(text) && (!nested || text.startsWith('['))) return line;
  }
  return null;
}

/**
 * The top-level blocks without footnote definitions: a paragraph starting with one, or a line
 * markdown-it took as a link reference definition; then what GFM keeps in the definition: indented
 * code (indented continuation) and the lines right below (lazy lines, where markdown-it may see
 * more reference definitions, a paragraph or a setext heading).
 */
export function withoutDefinitions(blocks: readonly IrBlock[], lines: readonly string[]): IrBlock[] {
  const kept: IrBlock[] = [];
  let definitionEnd: number | null = null;
  let previousEnd = -1;
  for (const block of blocks) {
    for (let line = previousEnd + 1; line < block.start; line++) {
      if (DEFINITION.test(lines[line]!) || (definitionEnd === line - 1 && !isBlank(lines[line]!))) definitionEnd = line;
    }
    previousEnd = block.end;
    const lazy = definitionEnd !== null && block.start === definitionEnd + 1;
    if (block.kind === 'heading' && block.end > block.start && lazy) {
      // Its text is lazy lines; a `---` underline is a thematic break of its own (`===` is text).
      if (block.level === 2) kept.push({ kind: 'thematicBreak', start: block.end, end: block.end });
      definitionEnd = block.level === 2 ? null : block.end;
    } else if (
      (block.kind === 'paragraph' && (lazy || DEFINITION.test(lines[block.start]!))) ||
      (block.kind === 'code' && !block.fenced && definitionEnd !== null)
    ) {
      definitionEnd = block.end;
    } else {
      definitionEnd = null;
      kept.push(block);
    }
  }
  return kept;
}
