/**
 * Spans of a document, asked line by line whether one of them holds a stretch of that line: in
 * logarithmic time however many spans share the line (a table row of 100,000 cells, 100,000
 * frontmatter values), so that classifying every placeholder found stays linear.
 */

import type { Span } from '../outline/types.js';

/** A span as it crosses one line: columns, `end` exclusive; a span going on past the line ends at Infinity. */
interface Crossing {
  start: number;
  end: number;
}

interface LineIndex {
  /** Crossings' starts, ascending. */
  starts: number[];
  /** For each crossing (in the same order), the furthest end of it and those before it. */
  furthestEnds: number[];
}

export class SpansByLine {
  private readonly crossings = new Map<number, Crossing[]>();
  private readonly indexes = new Map<number, LineIndex>();

  /** Adds a span: it crosses each of its lines. */
  add(span: Span): void {
    for (let line = span.start.line; line <= span.end.line; line++) {
      const crossing = {
        start: line === span.start.line ? span.start.column : -Infinity,
        end: line === span.end.line ? span.end.column : Infinity,
      };
      const list = this.crossings.get(line);
      if (list) list.push(crossing);
      else this.crossings.set(line, [crossing]);
      this.indexes.delete(line);
    }
  }

  /** Whether a span holds columns `start` to `end` (exclusive) of `line`. */
  holds(line: number, start: number, end: number): boolean {
    const index = this.indexOf(line);
    if (index === null) return false;
    // The last crossing starting at or before `start`: the furthest end up to it decides.
    let low = 0;
    let high = index.starts.length - 1;
    let last = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (index.starts[middle]! <= start) {
        last = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return last >= 0 && index.furthestEnds[last]! >= end;
  }

  private indexOf(line: number): LineIndex | null {
    let index = this.indexes.get(line);
    if (index === undefined) {
      const crossings = this.crossings.get(line);
      if (crossings === undefined) return null;
      const sorted = [...crossings].sort((a, b) => a.start - b.start);
      const furthestEnds: number[] = [];
      let furthest = -Infinity;
      for (const crossing of sorted) {
        furthest = Math.max(furthest, crossing.end);
        furthestEnds.push(furthest);
      }
      index = { starts: sorted.map((crossing) => crossing.start), furthestEnds };
      this.indexes.set(line, index);
    }
    return index;
  }
}
