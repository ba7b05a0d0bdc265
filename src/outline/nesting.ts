/**
 * How deep both front-ends read containers (blockquotes and list items). Real documents nest a few
 * levels. A container deeper than the limit is read as text — one paragraph of its lines — by both,
 * so that they agree at any depth, and neither drops what follows it (markdown-it's own nesting
 * limit skips the rest of the document) nor recurses out of stack.
 */
import type { IrParagraph, LineRange } from './ir.js';
import { isBlank } from './source.js';

export const MAX_CONTAINER_DEPTH = 32;

/** Whether a container opening inside `depth` containers is deeper than both front-ends read. */
export function isTooDeep(depth: number): boolean {
  return depth + 1 > MAX_CONTAINER_DEPTH;
}

/**
 * A container too deep to read, as one paragraph of its lines. Blank lines at its end are left
 * out: the parsers disagree on whether a container ends before or after them.
 */
export function containerAsText(container: LineRange, lines: readonly string[]): IrParagraph {
  let end = container.end;
  while (end > container.start && isBlank(lines[end]!)) end--;
  return { kind: 'paragraph', start: container.start, end, inlineComments: 0 };
}
