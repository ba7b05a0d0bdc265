/**
 * A metadata value that says its field applies only sometimes makes the field optional (DESIGN
 * §2b.9): `*if applicable*`, `if any`, `else remove this header`, `Only required for …`. The
 * marker is not part of the field's type (`valueWithoutMarkers`).
 *
 * @example
 *   * Vision: *if applicable* [Vision Name](visions/NNNN.md)   → optional (line 1), a link
 *   | **Obsoletes** | RFC it replaces, else remove this header |   → optional (line 2)
 */
import type { HintReader } from '../ir.js';
import { conditionalWords } from '../conditional.js';
import { withoutComments } from '../values.js';

export const valueCondition: HintReader = {
  id: 'value-condition',
  kinds: ['field'],
  read(node) {
    if (node.kind !== 'field') return [];
    const said = conditionalWords(withoutComments(node.value));
    return said === null ? [] : [{ kind: 'optional', source: 'prose', line: node.line, why: `value says "${said}"` }];
  },
};
