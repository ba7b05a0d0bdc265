/**
 * `(optional)` in a heading makes its section optional (DESIGN §2, Optional).
 *
 * @example
 *   ## Migration Path (optional)        → optional (heading marker, line 1)
 */
import type { HintReader } from '../ir.js';

export const headingMarker: HintReader = {
  id: 'heading-marker',
  kinds: ['heading'],
  read(node) {
    if (node.kind !== 'heading' || !/\(optional\)/iu.test(node.heading.text)) return [];
    return [{ kind: 'optional', source: 'marker', line: node.heading.span.start.line, why: 'heading marker "(optional)"' }];
  },
};
