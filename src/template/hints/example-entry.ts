/**
 * A numbered heading that is a sample entry to copy, not a section to keep (DESIGN §2b.4): nothing
 * after its number (`#### Scenario 1:`, `#### Story 1 (Optional)`), or a body that says it is an
 * example (`(This is an example)`, `For example, …`, `e.g. …`, `Example: …`). Its siblings of the
 * same numbering form an optional series of examples: zero or more, any words after the number.
 *
 * @example
 *   #### Scenario 1:
 *   #### Scenario 2:                    → example entries: optional series "Scenario {n}"
 */
import type { HintReader } from '../ir.js';

const SAYS_EXAMPLE = /^\W*(?:\(?this is an example\b|for example\b|e\.g\.|example\s*:)/iu;

export const exampleEntry: HintReader = {
  id: 'example-entry',
  kinds: ['heading'],
  read(node) {
    if (node.kind !== 'heading' || node.numbered === null) return [];
    const line = node.heading.span.start.line;
    if (!/[\p{L}\p{N}]/u.test(node.numbered.rest)) {
      return [{ kind: 'example-entry', source: 'prose', line, why: `numbered heading with nothing after its number "${node.heading.text}"` }];
    }
    if (node.lead && SAYS_EXAMPLE.test(node.lead.text.replace(/[*_]+/gu, ''))) {
      return [{ kind: 'example-entry', source: 'prose', line: node.lead.line, why: `body says it is an example "${node.lead.text.split('\n')[0]}"` }];
    }
    return [];
  },
};
