/** Table cells read off the source rows: split on unescaped `|`, outer pipes optional. */

import { contentStart } from './containers.js';
import type { IrContainer, IrTable } from './ir.js';
import { lastContentLine, columnSpan } from './spans.js';
import { pointAt, trimmedEnd } from './source.js';
import type { SourceText } from './source.js';
import type { Table, TableCell } from './types.js';

const PIPE = 0x7c;
const BACKSLASH = 0x5c;
/** The header row, then the delimiter row, then the body rows. */
const FIRST_BODY_ROW = 2;

export function readTable(source: SourceText, table: IrTable, chain: readonly IrContainer[]): Table {
  const last = lastContentLine(source, table, chain);
  const rows: TableCell[][] = [];
  for (let line = table.start + FIRST_BODY_ROW; line <= last; line++) rows.push(readRow(source, line, chain));
  const first = source.lines[table.start]!;
  return {
    header: readRow(source, table.start, chain),
    rows,
    span: {
      start: pointAt(source, table.start, contentStart(first, table.start, chain)),
      end: pointAt(source, last, trimmedEnd(source.lines[last]!)),
    },
  };
}

function readRow(source: SourceText, line: number, chain: readonly IrContainer[]): TableCell[] {
  const text = source.lines[line]!;
  const start = contentStart(text, line, chain);
  const end = trimmedEnd(text);
  const pipes: number[] = [];
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code === BACKSLASH) index++;
    else if (code === PIPE) pipes.push(index);
  }
  const bounds = [start - 1, ...pipes, end];
  // A pipe at either end of the row closes no cell of its own.
  const first = pipes[0] === start ? 1 : 0;
  const last = pipes.length > 0 && pipes[pipes.length - 1] === end - 1 ? bounds.length - 2 : bounds.length - 1;
  const cells: TableCell[] = [];
  for (let index = first; index < last; index++) {
    cells.push(cellOf(source, line, text, bounds[index]! + 1, bounds[index + 1]!));
  }
  return cells;
}

function cellOf(source: SourceText, line: number, text: string, from: number, to: number): TableCell {
  const raw = text.slice(from, to);
  const trimmed = raw.trim();
  const start = from + raw.length - raw.trimStart().length;
  return { text: trimmed, span: columnSpan(source, line, start, start + trimmed.length) };
}
