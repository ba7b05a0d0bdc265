/**
 * `checklist`: a section holds the task items its template section lists (GFM `- [ ]` items, or
 * `☐`/`☑`/`✅` lines in a code block that is untagged or tagged as plain text, ```` ```text ````;
 * checked or not), and at least one item where the template had placeholder items. Items marked
 * `if applicable`/`if needed` are optional; an item naming a series member (`Phase 4 implemented
 * and tested`) is required only when that member exists. A body saying only `N/A`, or only a
 * template placeholder left in (the `placeholder` rule reports it), satisfies it. The fix inserts
 * the missing items after their neighbours in the list, in template order, or, when the section
 * has none, as a new list at the end of its body, before a closing `---`.
 *
 * @template
 * ```markdown
 * # [Feature Name]
 *
 * ## Release Checklist
 *
 * - [ ] Tests pass
 * - [ ] Docs updated
 * - [ ] Changelog entry (if needed)
 * ```
 * @valid
 * ```markdown
 * # Search
 *
 * ## Release Checklist
 *
 * - [x] Tests pass
 * - [ ] Docs updated
 * ```
 * @invalid
 * ```markdown
 * # Search
 *
 * ## Release Checklist
 *
 * - [x] Tests pass
 * ```
 * @findings
 * ```text
 * 6:1 Missing task item "Docs updated" in "## Release Checklist" (example)
 * ```
 */

import { matchHeading } from '../src/lint/missing-section.js';
import { checksBody } from '../src/lint/body.js';
import { templateTag } from '../src/lint/describe.js';
import { insertLine } from '../src/lint/fixes.js';
import { lineBreakOf, lineStartPoint, placeOfPoint } from '../src/lint/positions.js';
import type { Rule, RuleContext } from '../src/lint/rule.js';
import { bodyEndPlace, bodyInsertionPlace, type BodyInsertionPlace } from '../src/lint/section-place.js';
import type { Fix } from '../src/lint/types.js';
import { itemRulesMatching } from '../src/match/task-items.js';
import type { SectionMatch } from '../src/match/types.js';
import type { Outline, Point, TaskItem } from '../src/outline/types.js';
import type { TaskItemRule, TaskRule } from '../src/template/schema.js';

export const checklist: Rule = {
  meta: {
    id: 'checklist',
    defaultSeverity: 'error',
    description: 'A section holds the task items its template section lists',
    fixable: true,
    hasSuggestions: false,
  },
  check(context) {
    for (const entry of context.match.sections) {
      const tasks = entry.rule.body.tasks;
      if (tasks && checksBody(entry, context.schema)) checkTasks(context, entry, tasks);
    }
  },
};

function checkTasks(context: RuleContext, entry: SectionMatch, tasks: TaskRule): void {
  const items = entry.section.body.taskItems;
  // The item rules each item matches; then, for each item rule, the first item that matches it.
  const matching = items.map((item) => itemRulesMatching(tasks, wrappedText(context.outline.lines, item)));
  const found = tasks.items.map((_rule, index) => items.find((_item, position) => matching[position]!.includes(index)));
  const where = `in "${matchHeading(entry)}" ${templateTag(context.schema)}`;
  const missing = tasks.items.flatMap((rule, index) => (found[index] || !isRequired(context, rule) ? [] : [index]));
  const insertions = items.length > 0 ? besideItems(context, entry, found, missing) : [newList(context, entry, missing)];
  for (const { point, indexes, neighbour, place } of insertions) {
    const lines = indexes.map((index) => itemLine(context.outline, tasks.items[index]!, neighbour));
    const fix = insertItems(context.outline, place, lines);
    for (const index of indexes) {
      context.report({ message: `Missing task item "${tasks.items[index]!.display}" ${where}`, ...placeOfPoint(point), fix });
    }
  }
  if (tasks.atLeastOne && items.length === 0 && missing.length === 0) {
    const { point } = bodyEndPlace(context.outline, entry.section);
    context.report({ message: `No task item ${where}, expected at least one`, ...placeOfPoint(point) });
  }
}

/**
 * Missing items that go in at one place, in template order: each one's finding carries the fix
 * that inserts them all, so that they go in at once, in that order (one fix per place: fixes at
 * one place wait for one another's pass).
 */
interface Insertion {
  /** Where the findings are reported. */
  point: Point;
  indexes: number[];
  /** The item whose style the new ones take; none: a GFM list of their own. */
  neighbour: TaskItem | undefined;
  place: BodyInsertionPlace;
}

/**
 * The missing items of a section that has task items: each goes after the item of the nearest
 * earlier template item (and the lines it wraps onto), else before the nearest later one, else
 * after the last item, in that item's style.
 */
function besideItems(
  { outline }: RuleContext,
  entry: SectionMatch,
  found: readonly (TaskItem | undefined)[],
  missing: readonly number[],
): Insertion[] {
  const items = entry.section.body.taskItems;
  const byLine = new Map<number, Insertion>();
  for (const index of missing) {
    const previous = found.slice(0, index).filter((item) => item !== undefined).pop();
    const next = found.slice(index + 1).find((item) => item !== undefined);
    const neighbour = previous ?? next ?? items[items.length - 1]!;
    const line = neighbour === next ? next.span.start.line : itemLastLine(outline.lines, neighbour) + 1;
    const insertion = byLine.get(line);
    if (insertion) insertion.indexes.push(index);
    else {
      const point = lineStartPoint(outline, line);
      byLine.set(line, { point, indexes: [index], neighbour, place: { point, atEnd: line > outline.lines.length, blankBefore: false, blankAfter: false } });
    }
  }
  return [...byLine.values()];
}

/**
 * The missing items of a section with no task item: a list of their own at the end of its body,
 * before a closing `---`, with blank lines around it (see `bodyInsertionPlace`); reported where
 * the body ends.
 */
function newList({ outline }: RuleContext, entry: SectionMatch, missing: readonly number[]): Insertion {
  const { point } = bodyEndPlace(outline, entry.section);
  return { point, indexes: [...missing], neighbour: undefined, place: bodyInsertionPlace(outline, entry.section) };
}

/** The fix inserting item lines at a place, with the blank lines the place asks for. */
function insertItems(outline: Outline, place: BodyInsertionPlace, lines: readonly string[]): Fix {
  const br = lineBreakOf(outline);
  const text = `${place.blankBefore ? br : ''}${lines.join(br)}${place.blankAfter ? br : ''}`;
  return insertLine(outline, place, text);
}

/** The last line of a GFM item: its first, and the lines after it indented past its marker (its wrapped text, a nested list). */
function itemLastLine(lines: readonly string[], item: TaskItem): number {
  let last = item.span.end.line;
  if (item.form !== 'gfm') return last;
  const markerIndent = item.span.start.column - 1;
  while (last < lines.length && isIndentedPast(lines[last]!, markerIndent)) last += 1;
  return last;
}

function isIndentedPast(line: string, indent: number): boolean {
  return line.trim() !== '' && line.length - line.trimStart().length > indent;
}

/** A line that goes on an item's text: indented, not blank, and opening no list item or block. */
const CONTINUATION = /^\s+(?![-*+]\s|\d+[.)]\s|[>|#`~☐☑✅])\S/u;

/**
 * A GFM item's text with the lines it wraps onto (`- [ ] (R) [all GA` / `Endpoints](…) must be hit`):
 * an item's text in the Outline is its first line, and an item wrapped within its first words would
 * not be recognised.
 */
function wrappedText(lines: readonly string[], item: TaskItem): string {
  if (item.form !== 'gfm') return item.text;
  let text = item.text;
  for (let line = item.span.start.line; line < lines.length && CONTINUATION.test(lines[line]!); line += 1) {
    text += ` ${lines[line]!.trim()}`;
  }
  return text;
}

function isRequired({ match }: RuleContext, rule: TaskItemRule): boolean {
  if (!rule.required) return false;
  const when = rule.whenMember;
  if (!when) return true;
  return match.sections.some(
    (entry) =>
      entry.member !== null &&
      entry.rule.id === when.series &&
      (entry.member.label.toLowerCase() === when.number.toLowerCase() || String(entry.member.first) === when.number),
  );
}

const GFM_ITEM = /^(\s*(?:>\s*)*(?:[-*+]|\d+[.)])\s+)\[[ xX]\]\s*/u;
const CODE_ITEM = /^(\s*)[☐☑✅]\s*/u;

/** The item's line in its neighbour's style (list marker and indentation, or a `☐` line); a GFM item otherwise. */
function itemLine(outline: Outline, rule: TaskItemRule, neighbour: TaskItem | undefined): string {
  const line = neighbour ? (outline.lines[neighbour.span.start.line - 1] ?? '') : '';
  if (neighbour?.form === 'code') return `${CODE_ITEM.exec(line)?.[1] ?? ''}☐ ${rule.display}`;
  return `${GFM_ITEM.exec(line)?.[1] ?? '- '}[ ] ${rule.display}`;
}
