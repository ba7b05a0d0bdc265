/**
 * YAML frontmatter: where it is (shared by both front-ends, matching remark-frontmatter), what it
 * holds, and its top-level keys as metadata fields.
 */

import { isMap, isNode, isScalar, parseDocument } from 'yaml';
import type { Document } from 'yaml';
import type { Range as YamlRange } from 'yaml';
import type { LineRange } from './ir.js';
import { pointAt, skipSpaces, trimmedEnd } from './source.js';
import type { SourceText } from './source.js';
import type { Frontmatter, MetadataField, Span } from './types.js';

/** `---` and optional spaces or tabs: the fence remark-frontmatter accepts. */
const FENCE = /^---[ \t]*$/;

/**
 * The frontmatter's lines (fences included): the first line is a fence and a later line closes it.
 * A fence that never closes opens no frontmatter.
 */
export function findFrontmatter(lines: readonly string[]): LineRange | null {
  if (lines.length < 2 || !FENCE.test(lines[0]!)) return null;
  for (let line = 1; line < lines.length; line++) {
    if (FENCE.test(lines[line]!)) return { start: 0, end: line };
  }
  return null;
}

/** A YAML key line: `key:` or `key: value`. */
const YAML_KEY_LINE = /^[^\s#:-][^:]*:(?:\s|$)/u;

/**
 * A fence at the top that never closes over what reads as YAML (`---` then `title: …`): the author
 * meant frontmatter, so the document gets one error naming the line rather than findings about
 * its fields. A fence followed by anything else is a thematic break.
 */
export function unclosedFrontmatter(source: SourceText): Frontmatter | null {
  const { lines } = source;
  if (lines.length < 2 || !FENCE.test(lines[0]!) || findFrontmatter(lines) !== null) return null;
  const first = lines.slice(1).find((line) => line.trim() !== '');
  if (first === undefined || !YAML_KEY_LINE.test(first)) return null;
  const span = { start: pointAt(source, 0, 0), end: pointAt(source, 0, trimmedEnd(lines[0]!)) };
  const error = 'YAML frontmatter: the "---" that opens it is never closed (add a "---" line after the last key) at line 1, column 1';
  return { span, raw: '', data: null, error };
}

export interface ReadFrontmatter {
  frontmatter: Frontmatter;
  fields: MetadataField[];
}

export function readFrontmatter(source: SourceText, range: LineRange): ReadFrontmatter {
  const rawLines = source.lines.slice(range.start + 1, range.end);
  const raw = rawLines.join('\n');
  const closing = source.lines[range.end]!;
  const span = {
    start: pointAt(source, range.start, 0),
    end: pointAt(source, range.end, trimmedEnd(closing)),
  };
  const yamlText = new YamlText(source, range.start + 1, rawLines);
  // A repeated key is the metadata rules' finding (one per repeat), not a reason to read nothing.
  const document = parseDocument(raw, { prettyErrors: false, uniqueKeys: false });
  const [firstError] = document.errors;
  if (firstError !== undefined) {
    const { line, column } = yamlText.place(firstError.pos[0]);
    const error = `YAML frontmatter: ${firstError.message} at line ${line + 1}, column ${column + 1}`;
    return { frontmatter: { span, raw, data: null, error }, fields: [] };
  }
  const value: unknown = document.toJS();
  const data = isRecord(value) ? value : null;
  const fields: MetadataField[] = [];
  if (data !== null && isMap(document.contents)) {
    for (const pair of document.contents.items) {
      const field = fieldOf(yamlText, document, pair.key, pair.value);
      if (field !== null) fields.push(field);
    }
  }
  return { frontmatter: { span, raw, data, error: null }, fields };
}

/** Maps offsets in the YAML text (the frontmatter's lines joined by "\n") to document places. */
class YamlText {
  private readonly starts: number[] = [];

  constructor(
    readonly source: SourceText,
    private readonly firstLine: number,
    rawLines: readonly string[],
  ) {
    let start = 0;
    for (const line of rawLines) {
      this.starts.push(start);
      start += line.length + 1;
    }
  }

  /** 0-based document line and column of a YAML text offset. */
  place(offset: number): { line: number; column: number } {
    let index = 0;
    while (index + 1 < this.starts.length && this.starts[index + 1]! <= offset) index++;
    return { line: this.firstLine + index, column: offset - (this.starts[index] ?? 0) };
  }
}

function fieldOf(text: YamlText, document: Document, key: unknown, value: unknown): MetadataField | null {
  if (!isScalar(key) || key.range == null) return null;
  const name = String(key.value);
  const keyPlace = text.place(key.range[0]);
  const line = text.source.lines[keyPlace.line]!;
  const lineEnd = trimmedEnd(line);
  const span = {
    start: pointAt(text.source, keyPlace.line, skipSpaces(line, 0)),
    end: pointAt(text.source, keyPlace.line, lineEnd),
  };
  // The pair's own value: a repeated key's later value is not its first one's.
  const fieldData = isNode(value) ? (value.toJS(document) as unknown) : null;
  return {
    form: 'frontmatter',
    key: name,
    value: writtenNumber(value) ?? stringify(fieldData),
    span,
    valueSpan: valueSpanOf(text, keyPlace.line, lineEnd, key.range, fieldData === null ? null : rangeOf(value)),
  };
}

/** The value's extent on the key's line, or an empty span right after the colon. */
function valueSpanOf(
  text: YamlText,
  line: number,
  lineEnd: number,
  keyRange: YamlRange,
  valueRange: YamlRange | null,
): Span {
  if (valueRange !== null) {
    const start = text.place(valueRange[0]);
    if (start.line === line) {
      const end = text.place(valueRange[1]);
      const endColumn = end.line === line ? Math.min(end.column, lineEnd) : lineEnd;
      return {
        start: pointAt(text.source, line, start.column),
        end: pointAt(text.source, line, Math.max(endColumn, start.column)),
      };
    }
  }
  const keyEnd = text.place(keyRange[1]).column;
  const colon = text.source.lines[line]!.indexOf(':', keyEnd);
  const after = pointAt(text.source, line, colon === -1 ? keyEnd : colon + 1);
  return { start: after, end: after };
}

function rangeOf(node: unknown): YamlRange | null {
  if (typeof node !== 'object' || node === null || !('range' in node)) return null;
  const range = (node as { range?: YamlRange | null }).range;
  return range ?? null;
}

/** A plain number as written (`0042`, `1.10`): YAML reads it as 42 and 1.1, its writer means the digits. */
function writtenNumber(node: unknown): string | null {
  return isScalar(node) && node.type === 'PLAIN' && typeof node.value === 'number' && node.source !== undefined ? node.source.trim() : null;
}

/** Scalars as strings, sequences joined with ", ", null as "", mappings as JSON. */
function stringify(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(stringify).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value).trim();
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
