/** What counts as content in a section body. */

import type { Block, Body } from '../outline/types.js';

/** The body's blocks other than HTML comments and thematic breaks (template-style `---` separators). */
export function contentBlocks(body: Body): Block[] {
  const comments = new Set(body.comments.map((comment) => comment.span.start.offset));
  return body.blocks.filter(
    (block) => block.kind !== 'thematicBreak' && !(block.kind === 'html' && comments.has(block.span.start.offset)),
  );
}
