/**
 * Pass 3, classify: Annotated → Classified. Sibling headings become groups (DESIGN §2, Sections …
 * Numbered series): a run of headings that are only placeholders is one free slot, a run of
 * numbered headings that qualifies is one series, every other heading a literal section. Each group
 * gets its unique name among siblings and its id path. Checklists of alternatives are marked.
 */
import type { Annotated, Classified, Group, HeadingNode, TemplateDoc } from '../ir.js';
import { isFirstNumber, seriesKey, type NumberedText } from '../numbered.js';
import { itemWords, seriesDisplay } from '../patterns.js';

export function classify(annotated: Annotated): Classified {
  const { doc, hints } = annotated;
  const isReference = (id: number): boolean => hints[id].some((hint) => hint.kind === 'reference');
  const isExampleEntry = (id: number): boolean => hints[id].some((hint) => hint.kind === 'example-entry');
  const groups = groupSiblings(doc, doc.top, [], { isReference, isExampleEntry });
  return { ...annotated, groups, choiceItems: choiceItems(doc) };
}

/** What grouping asks of the hints. */
interface GroupingHints {
  isReference: (id: number) => boolean;
  isExampleEntry: (id: number) => boolean;
}

function groupSiblings(doc: TemplateDoc, ids: readonly number[], path: readonly string[], hints: GroupingHints): Group[] {
  const headings = ids.map((id) => doc.nodes[id] as HeadingNode);
  const plans: Array<Omit<Group, 'name' | 'id' | 'children' | 'memberTexts'>> = [];
  let index = 0;
  while (index < headings.length) {
    const heading = headings[index];
    if (heading.placeholderOnly) {
      const end = runEnd(headings, index, (other) => other.placeholderOnly);
      plans.push({ kind: 'slot', members: ids.slice(index, end), numbered: null, display: heading.heading.text });
      index = end;
      continue;
    }
    const numbered = heading.numbered;
    if (numbered) {
      const key = seriesKey(numbered);
      const end = runEnd(headings, index, (other) => other.numbered !== null && seriesKey(other.numbered) === key);
      const members = headings.slice(index, end);
      const candidates = members.map((member) => ({ numbered: member.numbered ?? numbered, hasPlaceholder: member.numberedHasPlaceholder }));
      if (isSeries(candidates) || members.some((member) => hints.isExampleEntry(member.id))) {
        plans.push({ kind: 'series', members: ids.slice(index, end), numbered, display: seriesDisplay(numbered) });
        index = end;
        continue;
      }
    }
    plans.push({ kind: 'literal', members: [heading.id], numbered: null, display: heading.heading.text });
    index += 1;
  }
  const counts = new Map<string, number>();
  return plans.map((plan) => {
    // Siblings with the same display get ` (2)`, ` (3)` … in their id path, so every id names one rule.
    const count = (counts.get(plan.display) ?? 0) + 1;
    counts.set(plan.display, count);
    const name = count === 1 ? plan.display : `${plan.display} (${count})`;
    const childPath = [...path, name];
    return {
      ...plan,
      memberTexts: plan.members.map((member) => (doc.nodes[member] as HeadingNode).heading.text),
      name,
      id: childPath.join(' > '),
      children: childSources(plan, hints.isReference).map((member) =>
        groupSiblings(doc, (doc.nodes[member] as HeadingNode).children, childPath, hints),
      ),
    };
  });
}

/**
 * Whose child headings a group has: a literal's own; for a slot or series, every member's but
 * those that only point at another (`[Same structure as Phase 1]`), or the first member's.
 */
function childSources(plan: Pick<Group, 'kind' | 'members'>, isReference: (id: number) => boolean): number[] {
  if (plan.kind === 'literal') return plan.members;
  const own = plan.members.filter((member) => !isReference(member));
  return own.length > 0 ? own : plan.members.slice(0, 1);
}

function runEnd(headings: readonly HeadingNode[], start: number, belongs: (heading: HeadingNode) => boolean): number {
  let end = start + 1;
  while (end < headings.length && belongs(headings[end])) end += 1;
  return end;
}

export interface SeriesCandidate {
  numbered: NumberedText;
  /** The text after the number holds a placeholder. */
  hasPlaceholder: boolean;
}

/**
 * Whether numbered siblings (one run of the same key) form a series: some member has a placeholder,
 * or a single member numbered 1 or A is followed by one. Purely literal numbered headings are
 * ordinary sections.
 */
export function isSeries(members: readonly SeriesCandidate[]): boolean {
  if (members.length === 1) return members[0].hasPlaceholder && isFirstNumber(members[0].numbered);
  return members.some((member) => member.hasPlaceholder);
}

/** Task items of a checklist of alternatives to pick from (one with an `Other` item): no single item is required. */
function choiceItems(doc: TemplateDoc): Set<number> {
  const choices = new Set<number>();
  for (const node of doc.nodes) {
    if (node.kind !== 'heading') continue;
    const items = node.body.filter((id) => doc.nodes[id].kind === 'taskItem');
    const isChoice = items.some((id) => {
      const item = doc.nodes[id];
      return item.kind === 'taskItem' && itemWords(item.item.text).join(' ') === 'other';
    });
    if (isChoice) items.forEach((id) => choices.add(id));
  }
  return choices;
}
