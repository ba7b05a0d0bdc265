/**
 * Metadata written in the document body: `**Key:** value` lines (in a paragraph or a blockquote)
 * and lists whose every item is `Key: value`, standing before the first heading of level 2 or more.
 */

import { contentStart } from './containers.js';
import type { IrBlock, IrContainer, IrList, IrParagraph } from './ir.js';
import { readBoldKey, readPlainKey } from './key-lines.js';
import type { KeyLine } from './key-lines.js';
import { columnSpan, restOfLineSpan } from './spans.js';
import type { SourceText } from './source.js';
import type { MetadataField, MetadataForm } from './types.js';

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
    const field = readPlainKey(text, contentStart(text, item.start, [item]));
    if (field === null) return [];
    fields.push(fieldOf(source, 'list', item.start, field));
  }
  return fields;
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
