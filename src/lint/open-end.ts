/**
 * A block the document leaves open at its end: a fenced code block with no closing fence, or an
 * HTML comment with no `-->`, runs to the end of the document, so text appended after it would be
 * read as part of it. An insertion at the end closes it first; the block keeps its content.
 */
import type { Outline, Section } from '../outline/types.js';

const OPENING_FENCE = /^ {0,3}(`{3,}|~{3,})/;
const COMMENT_OPEN = /^ {0,3}<!--/;

/** The line that closes the block left open at the end of the document, or null when none is. */
export function closingOfOpenEnd(outline: Outline): string | null {
  const block = lastSection(outline.root).body.blocks.at(-1);
  if (block === undefined) return null;
  const lines = outline.lines.slice(block.span.start.line - 1, block.span.end.line);
  if (block.kind === 'code') return closingFence(lines);
  if (block.kind === 'html' && COMMENT_OPEN.test(lines[0]!) && !lines.some((line) => line.includes('-->'))) return '-->';
  return null;
}

function lastSection(section: Section): Section {
  const last = section.children.at(-1);
  return last === undefined ? section : lastSection(last);
}

/** A fence as long as the opening one, unless the block's last line already closes it (or it is indented code). */
function closingFence(lines: readonly string[]): string | null {
  const fence = OPENING_FENCE.exec(lines[0]!)?.[1];
  if (fence === undefined) return null;
  const closing = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`);
  return lines.length > 1 && closing.test(lines.at(-1)!) ? null : fence;
}
