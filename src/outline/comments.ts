/** Finding HTML comments (`<!-- … -->`) in the source lines of a block. */

import { contentStart } from './containers.js';
import type { IrBlock, IrContainer, LineRange } from './ir.js';
import { pointAt } from './source.js';
import type { SourceText } from './source.js';
import type { Comment } from './types.js';

const OPEN = '<!--';
const CLOSE = '-->';

/** The HTML comments of a block and of everything in it, in order. */
export function commentsIn(source: SourceText, block: IrBlock, chain: readonly IrContainer[]): Comment[] {
  switch (block.kind) {
    case 'html':
      return findComments(source, block, chain, Number.POSITIVE_INFINITY);
    case 'paragraph':
    case 'heading':
    case 'table':
      return block.inlineComments === 0 ? [] : findComments(source, block, chain, block.inlineComments);
    case 'blockquote': {
      const inner = [...chain, block];
      return block.children.flatMap((child) => commentsIn(source, child, inner));
    }
    case 'list':
      return block.items.flatMap((item) => {
        const inner = [...chain, item];
        return item.children.flatMap((child) => commentsIn(source, child, inner));
      });
    default:
      return [];
  }
}

/**
 * The first `limit` comments in the lines of `range`, in order. The value joins the comment's
 * lines without the container markers of `chain`, and is trimmed.
 */
function findComments(
  source: SourceText,
  range: LineRange,
  chain: readonly IrContainer[],
  limit: number,
): Comment[] {
  const comments: Comment[] = [];
  let line = range.start;
  let column = 0;
  while (comments.length < limit && line <= range.end) {
    const open = source.lines[line]!.indexOf(OPEN, column);
    if (open === -1) {
      line++;
      column = 0;
      continue;
    }
    // `<!-->` and `<!--->` are comments too: look for the close from inside the opener.
    const close = findClose(source, range, line, open + 2);
    if (close === null) break;
    comments.push({
      value: commentText(source, chain, line, open + OPEN.length, close.line, close.column).trim(),
      span: { start: pointAt(source, line, open), end: pointAt(source, close.line, close.column + CLOSE.length) },
    });
    line = close.line;
    column = close.column + CLOSE.length;
  }
  return comments;
}

function findClose(
  source: SourceText,
  range: LineRange,
  fromLine: number,
  fromColumn: number,
): { line: number; column: number } | null {
  let column = fromColumn;
  for (let line = fromLine; line <= range.end; line++) {
    const close = source.lines[line]!.indexOf(CLOSE, column);
    if (close !== -1) return { line, column: close };
    column = 0;
  }
  return null;
}

function commentText(
  source: SourceText,
  chain: readonly IrContainer[],
  startLine: number,
  startColumn: number,
  endLine: number,
  endColumn: number,
): string {
  const first = source.lines[startLine]!;
  if (startLine === endLine) return first.slice(startColumn, endColumn);
  const parts = [first.slice(startColumn)];
  for (let line = startLine + 1; line <= endLine; line++) {
    const text = source.lines[line]!;
    const from = chain.length === 0 ? 0 : contentStart(text, line, chain);
    parts.push(line === endLine ? text.slice(from, endColumn) : text.slice(from));
  }
  return parts.join('\n');
}
