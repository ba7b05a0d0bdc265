/**
 * YAML frontmatter: where it is (shared by both front-ends, matching remark-frontmatter), what it
 * holds, and its top-level keys as metadata fields.
 */

import { isMap, isNode, isScalar, parseDocument } from 'yaml';
import type { Document } from 'yaml';
import type { Range as YamlRange } from 'yaml';
import { firstDuplicateKey } from './duplicate-keys.js';
import type { LineRange } from './ir.js';
import { pointAt, readSource, skipSpaces, trimmedEnd } from './source.js';
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
  const document = parseYaml(raw);
  const problem = firstProblem(document);
  if (problem !== null) {
    const { line, column } = yamlText.place(problem.offset);
    const error = `YAML frontmatter: ${problem.message} at line ${line + 1}, column ${column + 1}`;
    return { frontmatter: { span, raw, data: null, error }, fields: [] };
  }
  const value = valueOf(document);
  if (value instanceof Error) {
    return { frontmatter: { span, raw, data: null, error: `YAML frontmatter: ${value.message}` }, fields: [] };
  }
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

type YamlDocument = ReturnType<typeof parseDocument>;

function parseYaml(raw: string): YamlDocument {
  return parseDocument(raw, { prettyErrors: false, uniqueKeys: false });
}

/**
 * The first syntax error, else the first repeated key below the top level (checked in one pass:
 * see duplicate-keys.ts). A repeated top-level key is a field given twice: the metadata rules'
 * finding (one per repeat), not a reason to read nothing.
 */
function firstProblem(document: YamlDocument): { message: string; offset: number } | null {
  const [syntaxError] = document.errors;
  if (syntaxError !== undefined) return { message: syntaxError.message, offset: syntaxError.pos[0] };
  const duplicate = firstDuplicateKey(document, document.contents);
  return duplicate === null ? null : { message: 'Map keys must be unique', offset: duplicate };
}

/**
 * Why the frontmatter of `text`, valid YAML, cannot be expanded into data (an alias bomb), or null.
 * Templates read their frontmatter line by line and never expand it: their loader asks this.
 */
export function frontmatterExpansionError(text: string): string | null {
  const { lines } = readSource(text);
  const range = findFrontmatter(lines);
  if (range === null) return null;
  const document = parseYaml(lines.slice(range.start + 1, range.end).join('\n'));
  if (firstProblem(document) !== null) return null;
  const value = valueOf(document);
  return value instanceof Error ? `YAML frontmatter: ${value.message}` : null;
}

/**
 * The frontmatter as plain data, or the error that stopped it: an alias bomb (aliases of aliases,
 * a few hundred bytes that would expand to gigabytes) parses fine and fails only here.
 */
function valueOf(document: YamlDocument): unknown {
  try {
    return document.toJS();
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
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

  /** 0-based document line and column of a YAML text offset (a binary search: one per key of 40k keys). */
  place(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: this.firstLine + low, column: offset - (this.starts[low] ?? 0) };
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
