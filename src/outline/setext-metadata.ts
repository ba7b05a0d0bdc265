/**
 * The bold-key setext trap: a paragraph of `**Key:** value` lines directly followed by `---` parses
 * as a setext H2 (implementation-guide.md has one). It is metadata, not a heading: the builder turns
 * it back into the paragraph and thematic break it stands for, before sections are drawn.
 */

import { contentStart } from './containers.js';
import type { IrBlock, IrContainer, IrHeading } from './ir.js';
import { readBoldKey } from './key-lines.js';
import type { SourceText } from './source.js';

/**
 * Replaces each bold-key setext heading with the paragraph and thematic break it stands for.
 * Copies only the containers that hold one: most documents have none.
 */
export function resolveBoldKeySetext(
  source: SourceText,
  blocks: readonly IrBlock[],
  chain: IrContainer[],
): readonly IrBlock[] {
  let resolved: IrBlock[] | null = null;
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]!;
    const replacement = resolveBlock(source, block, chain);
    if (replacement !== block && resolved === null) resolved = blocks.slice(0, index);
    if (resolved === null) continue;
    if (Array.isArray(replacement)) resolved.push(...replacement);
    else resolved.push(replacement);
  }
  return resolved ?? blocks;
}

function resolveBlock(source: SourceText, block: IrBlock, chain: IrContainer[]): IrBlock | IrBlock[] {
  switch (block.kind) {
    case 'heading':
      return isBoldKeySetext(source, block, chain)
        ? [
            { kind: 'paragraph', start: block.start, end: block.end - 1, inlineComments: block.inlineComments },
            { kind: 'thematicBreak', start: block.end, end: block.end },
          ]
        : block;
    case 'blockquote': {
      const children = within(chain, block, () => resolveBoldKeySetext(source, block.children, chain));
      return children === block.children ? block : { ...block, children: [...children] };
    }
    case 'list': {
      let changed = false;
      const items = block.items.map((item) => {
        const children = within(chain, item, () => resolveBoldKeySetext(source, item.children, chain));
        if (children === item.children) return item;
        changed = true;
        return { ...item, children: [...children] };
      });
      return changed ? { ...block, items } : block;
    }
    default:
      return block;
  }
}

/** Runs `read` with `container` pushed on `chain`. */
function within<T>(chain: IrContainer[], container: IrContainer, read: () => T): T {
  chain.push(container);
  const result = read();
  chain.pop();
  return result;
}

/**
 * A setext H2 whose every line is `**Key:** value` is a metadata paragraph over a thematic break
 * (`---`), not a heading: the trap implementation-guide.md sets.
 */
function isBoldKeySetext(source: SourceText, heading: IrHeading, chain: readonly IrContainer[]): boolean {
  if (heading.level !== 2 || heading.end === heading.start) return false;
  for (let line = heading.start; line < heading.end; line++) {
    const text = source.lines[line]!;
    if (readBoldKey(text, contentStart(text, line, chain)) === null) return false;
  }
  return true;
}
