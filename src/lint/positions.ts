/** Positions for reports and fixes: spans to line/column ranges, and line starts as source offsets. */

import type { Outline, Point, Section, Span } from '../outline/types.js';

/** A report's position: 1-based lines, 1-based UTF-16 columns, end exclusive. */
export interface Place {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export function placeOfSpan(span: Span): Place {
  return { line: span.start.line, column: span.start.column, endLine: span.end.line, endColumn: span.end.column };
}

export function placeOfPoint(point: Pick<Point, 'line' | 'column'>): Place {
  return { line: point.line, column: point.column, endLine: point.line, endColumn: point.column };
}

interface LineTable {
  starts: number[];
  /** The length of the document's usual line terminator: 2 for `\r\n`, else 1. */
  terminator: number;
}

const lineTables = new WeakMap<Outline, LineTable>();
const UNKNOWN = -1;

/**
 * The source offset of every line start. The Outline keeps lines without their terminators, so
 * the starts are read off the points it knows (a byte-order mark and `\r\n` endings count in
 * offsets); a line no point falls on starts after its predecessor and the document's usual line
 * terminator.
 */
function lineTableOf(outline: Outline): LineTable {
  let table = lineTables.get(outline);
  if (!table) {
    const known = knownLineStarts(outline);
    const first = known.findIndex((start) => start !== UNKNOWN);
    const terminator = terminatorLength(outline, known, first);
    let offset = first === -1 ? 0 : known[first]!;
    for (let index = first - 1; index >= 0; index--) offset -= outline.lines[index]!.length + terminator;
    const starts = new Array<number>(outline.lines.length);
    for (let index = 0; index < starts.length; index++) {
      if (known[index] !== UNKNOWN) offset = known[index]!;
      starts[index] = offset;
      offset += outline.lines[index]!.length + terminator;
    }
    table = { starts, terminator };
    lineTables.set(outline, table);
  }
  return table;
}

/** The document's line break, for text a fix inserts: the one it uses (`\r\n`, `\r` or `\n`). */
export function lineBreakOf(outline: Outline): string {
  return outline.lineBreak;
}

/**
 * Per 0-based line, the start offset the first point of the Outline on that line gives; UNKNOWN
 * for a line no point falls on.
 */
function knownLineStarts(outline: Outline): number[] {
  const known = new Array<number>(outline.lines.length).fill(UNKNOWN);
  const add = (point: Point): void => {
    if (known[point.line - 1] === UNKNOWN) known[point.line - 1] = point.offset - (point.column - 1);
  };
  const addSpan = (span: Span): void => {
    add(span.start);
    add(span.end);
  };
  const visit = (section: Section): void => {
    if (section.heading) addSpan(section.heading.span);
    for (const block of section.body.blocks) addSpan(block.span);
    section.children.forEach(visit);
  };
  visit(outline.root);
  for (const field of outline.metadata) addSpan(field.span);
  for (const comment of outline.comments) addSpan(comment.span);
  if (outline.frontmatter) addSpan(outline.frontmatter.span);
  return known;
}

/** 2 for `\r\n` line endings, else 1: read off the first and last lines with a known start. */
function terminatorLength(outline: Outline, known: readonly number[], first: number): number {
  let last = known.length - 1;
  while (last > first && known[last] === UNKNOWN) last--;
  if (first === -1 || first === last) return 1;
  let text = 0;
  for (let index = first; index < last; index++) text += outline.lines[index]!.length;
  return (known[last]! - known[first]! - text) / (last - first) >= 2 ? 2 : 1;
}

/** The offset of the start of a 1-based line; the end of the source for a line past the last. */
export function lineStartOffset(outline: Outline, line: number): number {
  const { starts } = lineTableOf(outline);
  if (line - 1 < starts.length) return starts[line - 1]!;
  return endOfSourceOffset(outline);
}

/** The offset just past the last character of the source. */
export function endOfSourceOffset(outline: Outline): number {
  const { starts } = lineTableOf(outline);
  const last = outline.lines.length - 1;
  return last < 0 ? 0 : starts[last]! + outline.lines[last]!.length;
}

/** The point just past the last character of the source. */
export function endOfSourcePoint(outline: Outline): Point {
  const line = Math.max(outline.lines.length, 1);
  const column = (outline.lines[line - 1]?.length ?? 0) + 1;
  return { line, column, offset: endOfSourceOffset(outline) };
}

/**
 * The point at the start of a point's line (column 1). Every point of the Outline is its line's
 * start offset plus its column, which is how the line table is read off them: for a line with a
 * point at hand (a heading's), no table is needed.
 */
export function lineStartOf(point: Point): Point {
  return { line: point.line, column: 1, offset: point.offset - (point.column - 1) };
}

/** The point at the start of a line (column 1); the end of the source for a line past the last. */
export function lineStartPoint(outline: Outline, line: number): Point {
  if (line > outline.lines.length) return endOfSourcePoint(outline);
  return { line, column: 1, offset: lineStartOffset(outline, line) };
}
