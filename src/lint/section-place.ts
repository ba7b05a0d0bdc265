/** Where a missing section belongs: after its nearest present predecessor in template order that is in order itself. */

import type { Scope, SectionMatch } from '../match/types.js';
import type { Outline, Point, Section } from '../outline/types.js';
import { inOrderMatches } from './in-order.js';
import { endOfSourcePoint, lineStartOf, lineStartPoint } from './positions.js';

export interface SectionPlace {
  /** The present sibling it should follow (the last one of the nearest earlier rule), if any. */
  after: SectionMatch | null;
  /** Without `after`: the present sibling it should precede (the first one of the nearest later rule). */
  before: SectionMatch | null;
  /** Where its heading goes: the start of the line of the heading now standing there, or the end of the source. */
  point: Point;
  /** The point is the end of the source (an insertion there needs its own leading line break). */
  atEnd: boolean;
}

/**
 * The place of a missing section of rule `ruleIndex` in `scope`. With no sibling present, at the
 * end of the scope's section, but before a subsection of it that the document's `matches` read in
 * another scope (`### Completion Checklist` under `## Implementation Details`, a top-level section
 * one level too deep): once its level is fixed, what follows it is no longer the scope's.
 */
export function missingSectionPlace(
  outline: Outline,
  scope: Scope,
  ruleIndex: number,
  matches: readonly SectionMatch[],
): SectionPlace {
  let after: SectionMatch | null = null;
  let before: SectionMatch | null = null;
  for (const match of inOrderMatches(scope)) {
    if (match.ruleIndex < ruleIndex && (after === null || match.ruleIndex >= after.ruleIndex)) after = match;
    if (match.ruleIndex > ruleIndex && (before === null || match.ruleIndex < before.ruleIndex)) before = match;
  }
  const next = after
    ? nextSectionAfter(outline, after.section)
    : before
      ? before.section
      : (firstChildReadElsewhere(scope, matches) ?? nextSectionAfter(outline, scope.section));
  if (!next || !next.heading) return { after, before: after ? null : before, point: endOfSourcePoint(outline), atEnd: true };
  return { after, before: after ? null : before, point: lineStartOf(next.heading.span.start), atEnd: false };
}

function firstChildReadElsewhere(scope: Scope, matches: readonly SectionMatch[]): Section | undefined {
  return scope.section.children.find((child) => matches.some((match) => match.section === child && match.scope !== scope));
}

const flatSections = new WeakMap<Outline, Section[]>();

function sectionsInOrder(outline: Outline): Section[] {
  let flat = flatSections.get(outline);
  if (!flat) {
    flat = [];
    const visit = (section: Section): void => {
      for (const child of section.children) {
        flat!.push(child);
        visit(child);
      }
    };
    visit(outline.root);
    flatSections.set(outline, flat);
  }
  return flat;
}

/** The first section that starts after a section and all its subsections, or null at the end of the source. */
export function nextSectionAfter(outline: Outline, section: Section): Section | null {
  const flat = sectionsInOrder(outline);
  const end = section.span.end.offset;
  let low = 0;
  let high = flat.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (flat[middle]!.span.start.offset < end) low = middle + 1;
    else high = middle;
  }
  return flat[low] ?? null;
}

/**
 * Where something missing from a section's body goes: at its first subsection's heading, else at
 * the heading that follows the section, else at the end of the source.
 */
export function bodyEndPlace(outline: Outline, section: Section): { point: Point; atEnd: boolean } {
  const next = section.children[0] ?? nextSectionAfter(outline, section);
  if (!next || !next.heading) return { point: endOfSourcePoint(outline), atEnd: true };
  return { point: lineStartOf(next.heading.span.start), atEnd: false };
}

/** Where a block added to a section's body goes (see `bodyInsertionPlace`). */
export interface BodyInsertionPlace {
  point: Point;
  /** The point is the end of the source. */
  atEnd: boolean;
  /** The block needs a blank line before it. */
  blankBefore: boolean;
  /** The line at the point is not blank: the block needs a blank line after it. */
  blankAfter: boolean;
}

/**
 * Where a block added to a section's body goes: on the line after the body's last block, so before
 * the thematic breaks (`---`) that close the body, or after the heading when the body has nothing
 * else. The block needs a blank line before it (what precedes is the heading or a block), and one
 * after it unless a blank line follows: markdownlint's MD022 and MD032 ask for blank lines around
 * headings and lists.
 */
export function bodyInsertionPlace(outline: Outline, section: Section): BodyInsertionPlace {
  const blocks = section.body.blocks;
  let last = blocks.length - 1;
  while (last >= 0 && blocks[last]!.kind === 'thematicBreak') last--;
  const lastLine = last >= 0 ? blocks[last]!.span.end.line : section.heading?.span.end.line;
  if (lastLine === undefined) return { ...bodyEndPlace(outline, section), blankBefore: false, blankAfter: false };
  const line = lastLine + 1;
  const text = outline.lines[line - 1];
  const point = lineStartPoint(outline, line);
  // At the end of the source, a block the document leaves open (a fence) is closed first.
  const atEnd = point.offset === endOfSourcePoint(outline).offset;
  return { point, atEnd, blankBefore: true, blankAfter: text !== undefined && text.trim() !== '' };
}
