/**
 * A metadata field's type, from the shape of the template's value (DESIGN §2, Metadata; §2b.5): a
 * link (`[Text](path)`, `Link to …`), a date (`YYYY-MM-DD`, `[Date]`, `<date of creation, in
 * yyyy-mm-dd format>`; another format, `MM/DD/YYYY`, is kept with the type), an enum (`A | B | C`,
 * `[A/B/C]`), else free text.
 *
 * @example
 *   **Status:** Draft | Review | Done   → enum Draft, Review, Done (line 1)
 *   **Created:** [MM/DD/YYYY]           → date, MM/DD/YYYY or ISO (line 2)
 */
import type { HintReader } from '../ir.js';
import type { FieldType } from '../schema.js';
import { enumValues } from '../enums.js';
import { dateFormatOf, isLinkValue, valueWithoutMarkers } from '../values.js';

export const valueShape: HintReader = {
  id: 'value-shape',
  kinds: ['field'],
  read(node) {
    // A list of samples is typed by list-sample.ts.
    if (node.kind !== 'field' || node.items !== null) return [];
    const type = typeOf(valueWithoutMarkers(node.value));
    return [{ kind: 'type', type, source: 'marker', line: node.line, why: `sample value "${node.value}"` }];
  },
};

export function typeOf(value: string): FieldType {
  if (isLinkValue(value)) return { kind: 'link' };
  const format = dateFormatOf(value);
  if (format !== null) return format === 'YYYY-MM-DD' ? { kind: 'date' } : { kind: 'date', format };
  const values = enumValues(value);
  return values ? { kind: 'enum', values } : { kind: 'text' };
}
