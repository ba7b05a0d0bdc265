/**
 * `checklist`: a section holds the task items its template section lists (GFM `- [ ]` items, or
 * `☐`/`☑`/`✅` lines in an untagged code block; checked or not), and at least one item where the
 * template had placeholder items. Items marked `if applicable`/`if needed` are optional; an item
 * naming a series member (`Phase 4 implemented and tested`) is required only when that member
 * exists. A body saying only `N/A`, or only a template placeholder left in (the
 * `placeholder` rule reports it), satisfies it. The fix inserts the missing item.
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
import { lineStartPoint, placeOfPoint } from '../src/lint/positions.js';
import type { Rule, RuleContext } from '../src/lint/rule.js';
import { bodyEndPlace } from '../src/lint/section-place.js';
import { itemRulesMatching } from '../src/match/task-items.js';
import type { SectionMatch } from '../src/match/types.js';
import type { Point, TaskItem } from '../src/outline/types.js';

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
  let missingAny = false;
  tasks.items.forEach((rule, index) => {
    if (found[index] || !isRequired(context, rule)) return;
    missingAny = true;
    const { point, atEnd, neighbour } = itemPlace(context, entry, found, index);
    context.report({
      message: `Missing task item "${rule.display}" ${where}`,
      ...placeOfPoint(point),
      fix: insertLine(context.outline, { point, atEnd }, itemLine(context, rule, neighbour)),
    });
  });
  if (tasks.atLeastOne && items.length === 0 && !missingAny) {
    const { point } = bodyEndPlace(context.outline, entry.section);
    context.report({ message: `No task item ${where}, expected at least one`, ...placeOfPoint(point) });
  }
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

/**
 * Where a missing item goes: after the item of the nearest earlier template item, else before the
 * nearest later one, else after the last item, else at the body's end; with the item to copy the
 * style of.
 */
function itemPlace(
  { outline }: RuleContext,
  entry: SectionMatch,
  found: readonly (TaskItem | undefined)[],
  index: number,
): { point: Point; atEnd: boolean; neighbour: TaskItem | undefined } {
  const previous = found.slice(0, index).filter((item) => item !== undefined).pop();
  const next = found.slice(index + 1).find((item) => item !== undefined);
  const items = entry.section.body.taskItems;
  const after = previous ?? (next ? undefined : items[items.length - 1]);
  if (after) {
    const line = after.span.end.line + 1;
    return { point: lineStartPoint(outline, line), atEnd: line > outline.lines.length, neighbour: after };
  }
  if (next) return { point: lineStartPoint(outline, next.span.start.line), atEnd: false, neighbour: next };
  return { ...bodyEndPlace(outline, entry.section), neighbour: undefined };
}

const GFM_ITEM = /^(\s*(?:>\s*)*(?:[-*+]|\d+[.)])\s+)\[[ xX]\]\s*/u;
const CODE_ITEM = /^(\s*)[☐☑✅]\s*/u;

/** The item's line in its neighbour's style (list marker and indentation, or a `☐` line); a GFM item otherwise. */
function itemLine({ outline }: RuleContext, rule: TaskItemRule, neighbour: TaskItem | undefined): string {
  const line = neighbour ? (outline.lines[neighbour.span.start.line - 1] ?? '') : '';
  if (neighbour?.form === 'code') return `${CODE_ITEM.exec(line)?.[1] ?? ''}☐ ${rule.display}`;
  return `${GFM_ITEM.exec(line)?.[1] ?? '- '}[ ] ${rule.display}`;
}
