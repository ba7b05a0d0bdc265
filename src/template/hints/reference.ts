/**
 * A body that is only `[Same structure as …]` or `[Repeat structure]` takes the body rules of the
 * member it names (DESIGN §2, Numbered series), so its own body sets none.
 *
 * @example
 *   ### Alternative 2: [Name]
 *   [Same structure as Alternative 1]   → reference (line 2)
 */
import type { HintReader } from '../ir.js';

export const reference: HintReader = {
  id: 'reference',
  kinds: ['heading'],
  read(node) {
    if (node.kind !== 'heading' || !node.lead?.alone || !node.lead.onlyPlaceholders) return [];
    const first = node.lead.placeholders[0];
    if (first === undefined || !/^(?:same structure as|repeat structure)\b/iu.test(first.inner)) return [];
    return [{ kind: 'reference', source: 'prose', line: node.lead.line, why: `placeholder "${first.text}"` }];
  },
};
