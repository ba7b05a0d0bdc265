/** What counts as content in a section body. */

import type { Block, Body } from './types.js';

/** The body's blocks other than HTML comments and thematic breaks (template-style `---` separators). */
export function contentBlocks(body: Body): Block[] {
  return body.blocks.filter((block) => isContent(block, body));
}

/** The body holds a block of content. */
export function hasContent(body: Body): boolean {
  return body.blocks.some((block) => isContent(block, body));
}

function isContent(block: Block, body: Body): boolean {
  if (block.kind === 'thematicBreak') return false;
  const start = block.span.start.offset;
  return block.kind !== 'html' || !body.comments.some((comment) => comment.span.start.offset === start);
}
