/**
 * Whatever the Markdown, both front-ends return an Outline whose every Point agrees with the
 * source: line and column inside `lines`, offset counted in the source (CRLF and BOM included),
 * and no span ending before it starts.
 */

import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { Outline, Point } from '../../src/outline/types.js';
import { frontEnds } from './front-ends.js';

const pieces = [
  '# ', '## ', '=', '-', '---', '*', '**', '_', '`', '```', '~~~', '>', '> ', '- ', '1. ', '3) ', '[ ] ', '[x] ',
  '|', ' | ', '\\', '[', ']', '(', ')', '<!--', '-->', '<div>', '^', ':', 'Key', 'word', ' ', '  ', '    ', '\t',
  '\n', '\n', '\n', '\r\n', '\r', '☐ ', '✅', 'é', '😀',
];
const markdown = fc
  .tuple(fc.boolean(), fc.array(fc.constantFrom(...pieces), { maxLength: 60 }))
  .map(([bom, parts]) => (bom ? '\uFEFF' : '') + parts.join(''));

function points(value: unknown, found: Point[] = []): Point[] {
  if (typeof value !== 'object' || value === null) return found;
  if ('offset' in value && 'line' in value && 'column' in value) {
    found.push(value as Point);
    return found;
  }
  for (const child of Object.values(value)) points(child, found);
  return found;
}

/** The source's line starts, counted here independently of the implementation. */
function lineStarts(source: string): number[] {
  const starts = [source.startsWith('\uFEFF') ? 1 : 0];
  for (let index = starts[0]!; index < source.length; index++) {
    const char = source[index];
    if (char === '\r' && source[index + 1] === '\n') index++;
    if (char === '\r' || char === '\n') starts.push(index + 1);
  }
  return starts;
}

/** Spans that end before they start. */
function reversed(value: unknown, found: unknown[] = []): unknown[] {
  if (typeof value !== 'object' || value === null) return found;
  if ('start' in value && 'end' in value) {
    const { start, end } = value as { start: Point; end: Point };
    if (end.offset < start.offset) found.push(value);
  }
  for (const child of Object.values(value)) reversed(child, found);
  return found;
}

function misplaced(source: string, outline: Outline): Point[] {
  const starts = lineStarts(source);
  return points(outline).filter(
    (point) =>
      point.line < 1 ||
      point.line > outline.lines.length ||
      point.column < 1 ||
      point.column - 1 > outline.lines[point.line - 1]!.length ||
      point.offset !== starts[point.line - 1]! + point.column - 1,
  );
}

describe.each(frontEnds)('points (%s)', (_name, outlineOf) => {
  it('agree with the source lines and offsets', () => {
    fc.assert(
      fc.property(markdown, (source) => {
        const outline = outlineOf(source);
        expect(outline.lines).toHaveLength(lineStarts(source).length);
        expect(misplaced(source, outline)).toEqual([]);
        expect(reversed(outline)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
