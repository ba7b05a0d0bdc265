/**
 * A task item that says `if applicable` or `if needed` is optional (DESIGN §2, Body).
 *
 * @example
 *   - [ ] Add retry logic (if applicable)   → optional (line 1)
 */
import type { HintReader } from '../ir.js';

const CONDITIONAL = /\bif (?:applicable|needed)\b/iu;

export const conditionalItem: HintReader = {
  id: 'conditional-item',
  kinds: ['taskItem'],
  read(node) {
    if (node.kind !== 'taskItem') return [];
    const said = CONDITIONAL.exec(node.item.text);
    return said ? [{ kind: 'optional', source: 'prose', line: node.item.span.start.line, why: `item says "${said[0]}"` }] : [];
  },
};
