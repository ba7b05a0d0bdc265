/**
 * Metadata as a two-column `Key | Value` table (DESIGN §2b.9), as TensorFlow's RFC template writes
 * it under the title: `| Status | (Proposed / Accepted / …) |`, then `| **Author(s)** | … |`.
 * The header row is a field too, unless it only names the columns (`| Field | Value |`); a row
 * with an empty key cell carries on the value above it (a long author list wrapped over rows).
 */

import type { IrTable } from './ir.js';
import { restOfLineSpan } from './spans.js';
import { pointAt, skipSpaces } from './source.js';
import type { SourceText } from './source.js';
import { readTable } from './tables.js';
import type { MetadataField, TableCell } from './types.js';

/** Header cells that name the columns rather than a field. */
const KEY_COLUMN = /^(?:key|field|name|property|attribute|item|metadata)s?$/iu;
const VALUE_COLUMN = /^(?:values?|descriptions?|details?|content)$/iu;
/** Emphasis around a key, and a trailing colon: `**Author(s)**`, `__Updated:__`. */
const KEY_MARKUP = /^(\*\*|__|\*|_)(.+)\1$/u;
const MAX_KEY_WORDS = 6;

/** The table's fields, when it has two columns and a short key (or none, to carry on) in every row; else none. */
export function tableFields(source: SourceText, block: IrTable): MetadataField[] {
  const table = readTable(source, block, []);
  if (table.header.length !== 2) return [];
  const rows = [table.header, ...table.rows.filter((row) => row.length > 0).map(twoCells)];
  const keys = rows.map(([key]) => keyOf(key!.text));
  if (keys[0] === '' || keys.some((key) => key === null)) return [];
  const fields: MetadataField[] = [];
  rows.forEach(([keyCell, valueCell], index) => {
    const line = keyCell!.span.start.line - 1;
    const previous = fields[fields.length - 1];
    if (keys[index] === '' && previous !== undefined) {
      fields[fields.length - 1] = carriedOn(source, previous, valueCell!, line);
    } else if (keys[index] !== '' && !(index === 0 && namesColumns(keyCell!, valueCell!))) {
      // The header row's field spans the delimiter row too: a row inserted after it goes below both.
      const lastLine = index === 0 ? line + 1 : line;
      fields.push({
        form: 'table',
        key: keys[index]!,
        value: valueCell!.text,
        span: { start: pointAt(source, line, skipSpaces(source.lines[line]!, 0)), end: restOfLineSpan(source, lastLine, 0).end },
        valueSpan: valueCell!.span,
      });
    }
  });
  return fields;
}

/**
 * A body row as GFM reads it under a two-column header: excess cells ignored, a missing value
 * cell empty (just after the key cell).
 */
function twoCells([key, value]: TableCell[]): TableCell[] {
  return [key!, value ?? { text: '', span: { start: key!.span.end, end: key!.span.end } }];
}

/** The field with a row's value cell added to its value. */
function carriedOn(source: SourceText, field: MetadataField, cell: TableCell, line: number): MetadataField {
  if (cell.text === '') return field;
  return {
    ...field,
    value: field.value === '' ? cell.text : `${field.value} ${cell.text}`,
    span: { start: field.span.start, end: restOfLineSpan(source, line, 0).end },
    valueSpan: { start: field.value === '' ? cell.span.start : field.valueSpan.start, end: cell.span.end },
  };
}

function namesColumns(key: TableCell, value: TableCell): boolean {
  return KEY_COLUMN.test(keyOf(key.text) ?? '') && VALUE_COLUMN.test(value.text);
}

/** The key a cell holds, markup removed ('' for an empty cell), or null when the cell is no short key. */
function keyOf(cell: string): string | null {
  const key = (KEY_MARKUP.exec(cell)?.[2] ?? cell).trim().replace(/\s*:$/u, '');
  return key.split(/\s+/u).length <= MAX_KEY_WORDS ? key : null;
}
