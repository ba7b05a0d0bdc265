/**
 * A placeholder that opens with `Optional` or `If` marks what it stands in as optional (DESIGN §2,
 * Optional and Body): a heading that is only such a placeholder, a body whose first paragraph is
 * one, a label introducing one, a code block holding only one.
 *
 * @example
 *   ## Backwards Compatibility
 *   [If this changes existing behavior, describe the migration]   → optional (placeholder, line 2)
 */
import type { Hint, HintReader } from '../ir.js';
import type { Placeholder } from '../placeholders.js';

export const conditionalPlaceholder: HintReader = {
  id: 'conditional-placeholder',
  kinds: ['heading', 'label', 'code'],
  read(node) {
    switch (node.kind) {
      case 'heading': {
        const first = node.placeholderOnly ? node.placeholders[0] : node.lead?.onlyPlaceholders ? node.lead.placeholders[0] : undefined;
        const line = node.placeholderOnly ? node.heading.span.start.line : (node.lead?.line ?? 0);
        return first && isConditional(first) ? [optional(first, line)] : [];
      }
      case 'label': {
        const first = node.valuePlaceholders[0];
        return first && first.start === 0 && isConditional(first) ? [optional(first, node.label.span.start.line)] : [];
      }
      case 'code':
        return node.onlyPlaceholder && isConditional(node.onlyPlaceholder)
          ? [optional(node.onlyPlaceholder, node.block.span.start.line)]
          : [];
      default:
        return [];
    }
  },
};

export function isConditional(placeholder: Placeholder): boolean {
  return /^(?:optional|if)\b/iu.test(placeholder.inner);
}

function optional(placeholder: Placeholder, line: number): Hint {
  return { kind: 'optional', source: 'prose', line, why: `placeholder "${placeholder.text}"` };
}
