/**
 * `(optional)` in a metadata value makes the field optional (DESIGN §2, Metadata).
 *
 * @example
 *   **Reviewers:** [Names] (optional)   → optional (value marker, line 1)
 */
import type { HintReader } from '../ir.js';
import { hasOptionalMarker } from '../values.js';

export const valueMarker: HintReader = {
  id: 'value-marker',
  kinds: ['field'],
  read(node) {
    if (node.kind !== 'field' || !hasOptionalMarker(node.value)) return [];
    return [{ kind: 'optional', source: 'marker', line: node.line, why: 'value marker "(optional)"' }];
  },
};
