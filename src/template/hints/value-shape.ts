/**
 * A metadata field's type, from the shape of the template's value (DESIGN §2, Metadata): a link
 * (`[Text](path)`, `Link to …`), a date (`YYYY-MM-DD`, `[Date]`), an enum (`A | B | C`,
 * `[A/B/C]`), else free text.
 *
 * @example
 *   **Status:** Draft | Review | Done   → enum Draft, Review, Done (line 1)
 */
import type { HintReader } from '../ir.js';
import type { FieldType } from '../schema.js';
import { enumValues, isDateValue, isLinkValue, valueWithoutMarkers } from '../values.js';

export const valueShape: HintReader = {
  id: 'value-shape',
  kinds: ['field'],
  read(node) {
    if (node.kind !== 'field') return [];
    const type = typeOf(valueWithoutMarkers(node.value));
    return [{ kind: 'type', type, source: 'marker', line: node.line, why: `sample value "${node.value}"` }];
  },
};

export function typeOf(value: string): FieldType {
  if (isLinkValue(value)) return { kind: 'link' };
  if (isDateValue(value)) return { kind: 'date' };
  const values = enumValues(value);
  return values ? { kind: 'enum', values } : { kind: 'text' };
}
