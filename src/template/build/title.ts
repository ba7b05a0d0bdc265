/**
 * The title rule (DESIGN §2 Heading text, §2b.3): the H1's shape. Placeholders are holes, an id
 * stands for any id (or the sample id itself, which `placeholder` flags), and the words the title
 * reading made holes are holes; a sample title (no placeholder) takes any H1.
 */
import type { Typed } from '../ir.js';
import { ANY_TEXT_PATTERN, patternFromSegments, segmentHoles, type HoleKind, type TextHole } from '../patterns.js';
import type { Placeholder } from '../placeholders.js';
import type { TitleRule } from '../schema.js';

export function buildTitle({ doc, title: facts }: Typed): TitleRule | null {
  const title = doc.title;
  if (title === null || facts === null) return null;
  const { text } = title.heading;
  const line = title.heading.span.start.line;
  if (facts.sample.value) return { display: text, pattern: ANY_TEXT_PATTERN, line, why: [`sample: ${facts.sample.why}`] };
  const read: TextHole[] = facts.holes.map(({ start, end }) => ({ start, end, hole: 'any' }));
  const outside = (placeholder: Placeholder): boolean =>
    !read.some((hole) => placeholder.start < hole.end && placeholder.end > hole.start);
  const holes = [
    ...title.placeholders.filter(outside).map(({ start, end, ...placeholder }) => ({ start, end, hole: holeOf(placeholder) })),
    ...read,
  ].sort((a, b) => a.start - b.start);
  return {
    display: text,
    pattern: patternFromSegments(segmentHoles(text, holes), { optionalTrailingParen: true }),
    line,
  };
}

/** An id with digits (`CHRONO-003`) stands for any id; a sample id (`KEP-NNNN`) also for itself. */
function holeOf({ kind, text }: Pick<Placeholder, 'kind' | 'text'>): HoleKind {
  if (kind !== 'id') return 'any';
  return /\d/u.test(text) ? 'id' : 'sample-id';
}
