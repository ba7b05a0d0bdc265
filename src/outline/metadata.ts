/**
 * Metadata written in the document body: `**Key:** value` lines (in a paragraph or a blockquote),
 * lists whose every item is `Key: value` (a value may be given as indented sub-items) and
 * two-column `Key | Value` tables, standing before the first heading of level 2 or more.
 */

import { contentStart } from './containers.js';
import type { IrBlock, IrContainer, IrList, IrListItem, IrParagraph } from './ir.js';
import { readBoldKey, readPlainKey } from './key-lines.js';
import type { KeyLine } from './key-lines.js';
import { columnSpan, lastContentLine, restOfLineSpan } from './spans.js';
import { tableFields } from './table-metadata.js';
import { pointAt, trimmedEnd } from './source.js';
import type { SourceText } from './source.js';
import type { MetadataField, MetadataForm } from './types.js';

/** A key without its colon: words of letters and digits, a few marks, starting with a letter. */
const SHORT_KEY = /^\p{L}[\p{L}\p{N} ()'’&/-]*$/u;
const MAX_KEY_WORDS = 4;
const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])\s+/u;

/** The fields of `region`: the root body's blocks, then the title section's. */
export function bodyMetadata(source: SourceText, region: readonly IrBlock[]): MetadataField[] {
  const fields: MetadataField[] = [];
  for (const block of region) {
    if (block.kind === 'paragraph') {
      fields.push(...boldFields(source, block, []));
    } else if (block.kind === 'blockquote') {
      for (const child of block.children) {
        if (child.kind === 'paragraph') fields.push(...boldFields(source, child, [block]));
      }
    } else if (block.kind === 'list') {
      fields.push(...listFields(source, block));
    } else if (block.kind === 'table') {
      fields.push(...tableFields(source, block));
    }
  }
  return fields;
}

function boldFields(source: SourceText, paragraph: IrParagraph, chain: readonly IrContainer[]): MetadataField[] {
  const fields: MetadataField[] = [];
  for (let line = paragraph.start; line <= paragraph.end; line++) {
    const text = source.lines[line]!;
    const field = readBoldKey(text, contentStart(text, line, chain));
    if (field !== null) fields.push(fieldOf(source, 'bold', line, field));
  }
  return fields;
}

/** All the list's items, when every one of them is a `Key: value` line; else none. */
function listFields(source: SourceText, list: IrList): MetadataField[] {
  const fields: MetadataField[] = [];
  for (const item of list.items) {
    const text = source.lines[item.start]!;
    const start = contentStart(text, item.start, [item]);
    const field = readPlainKey(text, start) ?? keyOverSubItems(text, start, item);
    if (field === null) return [];
    const subItems = field.value === '' ? subItemsValue(source, item) : null;
    fields.push(subItems ? { ...fieldOf(source, 'list', item.start, field), ...subItems } : fieldOf(source, 'list', item.start, field));
  }
  return fields;
}

/**
 * An item that is only a short key over indented sub-items, its colon left out (`* Review threads`
 * then `* [Pitch](…)` lines): a key whose value is the sub-items.
 */
function keyOverSubItems(line: string, start: number, item: IrListItem): KeyLine | null {
  if (!item.children.some((child) => child.kind === 'list')) return null;
  const end = trimmedEnd(line);
  const key = line.slice(start, end);
  if (!SHORT_KEY.test(key) || key.split(/\s+/u).length > MAX_KEY_WORDS) return null;
  return { key, start, keyEnd: end, value: '', valueStart: end, valueEnd: end };
}

/**
 * The value an item gives as indented sub-items (`* Implementation:` then `- …` lines): each
 * sub-item's lines joined by " ", the sub-items by ", ", spanning from the first to the last.
 */
function subItemsValue(source: SourceText, item: IrListItem): Pick<MetadataField, 'value' | 'valueSpan'> | null {
  const list = item.children.find((child): child is IrList => child.kind === 'list');
  if (list === undefined || list.items.length === 0) return null;
  const texts = list.items.map((subItem) => {
    const lines: string[] = [];
    for (let line = subItem.start; line <= lastContentLine(source, subItem, [item, subItem]); line++) {
      const text = source.lines[line]!;
      // Deeper items' lines keep their markers past `contentStart`: a value's text has none.
      lines.push(text.slice(contentStart(text, line, [item, subItem])).trim().replace(LIST_MARKER, ''));
    }
    return lines.filter((line) => line !== '').join(' ');
  });
  const first = list.items[0]!;
  const last = list.items[list.items.length - 1]!;
  const lastLine = lastContentLine(source, last, [item, last]);
  const firstText = source.lines[first.start]!;
  return {
    value: texts.join(', '),
    valueSpan: {
      start: pointAt(source, first.start, contentStart(firstText, first.start, [item, first])),
      end: restOfLineSpan(source, lastLine, 0).end,
    },
  };
}

function fieldOf(source: SourceText, form: MetadataForm, line: number, field: KeyLine): MetadataField {
  return {
    form,
    key: field.key,
    value: field.value,
    span: restOfLineSpan(source, line, field.start),
    valueSpan: columnSpan(source, line, field.valueStart, field.valueEnd),
  };
}
