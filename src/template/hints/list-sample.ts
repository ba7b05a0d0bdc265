/**
 * A frontmatter key whose sample is a list of samples is a list field of at least one item
 * (DESIGN §2b.7): the samples are names to replace, not values to keep.
 *
 * @example
 *   ---
 *   authors:
 *     - "@janedoe"        → list (line 2)
 *   ---
 */
import type { HintReader } from '../ir.js';

export const listSample: HintReader = {
  id: 'list-sample',
  kinds: ['field'],
  read(node) {
    if (node.kind !== 'field' || node.items === null) return [];
    const shown = node.items.map((item) => `"${item}"`).join(', ');
    return [{ kind: 'type', type: { kind: 'list' }, source: 'marker', line: node.line, why: `sample list ${shown}` }];
  },
};
