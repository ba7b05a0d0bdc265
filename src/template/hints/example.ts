/**
 * A placeholder containing `e.g.` shows an example (DESIGN §2, Placeholders): a heading holding one
 * requires nothing of the document's body, and a code block holding only one sets no code rule.
 *
 * @example
 *   ### [Aspect 1: e.g., API Design]    → example (line 1): no body rule
 */
import type { HintReader } from '../ir.js';
import type { Placeholder } from '../placeholders.js';

export const example: HintReader = {
  id: 'example',
  kinds: ['heading', 'code'],
  read(node) {
    const shown =
      node.kind === 'heading'
        ? node.placeholders.find(isExample)
        : node.kind === 'code' && node.onlyPlaceholder && isExample(node.onlyPlaceholder)
          ? node.onlyPlaceholder
          : undefined;
    if (shown === undefined || (node.kind !== 'heading' && node.kind !== 'code')) return [];
    const line = node.kind === 'heading' ? node.heading.span.start.line : node.block.span.start.line;
    return [{ kind: 'example', source: 'prose', line, why: `example placeholder "${shown.text}"` }];
  },
};

export function isExample(placeholder: Placeholder): boolean {
  return /\be\.g\./iu.test(placeholder.inner);
}
