/**
 * The section tree (DESIGN §2, Sections … Numbered series): one rule per group — a literal section,
 * a free slot or a numbered series — with the facts `infer` decided, its body rules and its text
 * for `--fix`.
 */
import { hasContent } from '../../outline/content.js';
import type { Group, HeadingNode, Typed } from '../ir.js';
import { ANY_TEXT_PATTERN, seriesPattern, textPattern } from '../patterns.js';
import type { BodyRule, SectionInsert, SectionRule } from '../schema.js';
import { buildBody, emptyBody, intersectBodies } from './body.js';
import { reasons } from './reasons.js';
import { sectionInsert } from './insert.js';

export function buildSections(groups: readonly Group[], typed: Typed): SectionRule[] {
  return groups.map((group) => (group.kind === 'literal' ? literalRule(group, typed) : repeatingRule(group, typed)));
}

function headingOf(typed: Typed, id: number): HeadingNode {
  return typed.doc.nodes[id] as HeadingNode;
}

function factsOf(typed: Typed, group: Group) {
  const facts = typed.sections.get(group);
  if (facts === undefined) throw new Error(`no facts for section "${group.id}"`);
  return facts;
}

function literalRule(group: Group, typed: Typed): SectionRule {
  const node = headingOf(typed, group.members[0]);
  const facts = factsOf(typed, group);
  return {
    id: group.id,
    display: group.display,
    pattern: facts.anyHeading
      ? ANY_TEXT_PATTERN
      : textPattern(node.name, node.placeholders, {
          optionalTrailingParen: true,
          optionalLeadingNumber: true,
          optionalMarker: node.marker !== null,
        }),
    kind: 'literal',
    level: node.section.level,
    required: facts.required.value,
    min: facts.min,
    max: facts.max,
    series: null,
    anyHeading: facts.anyHeading,
    children: buildSections(group.children[0] ?? [], typed),
    body: typed.examples.has(node.id) ? emptyBody() : buildBody(node, typed),
    closed: facts.closed,
    ...guidanceOnly(node),
    line: node.heading.span.start.line,
    insert: sectionInsert(typed.doc.outline, node.section),
    ...reasons(facts.required),
  };
}

/** What the template gives a section that has no content of its own and no subsections. */
function guidanceOnly(node: HeadingNode): Pick<SectionRule, 'guidance'> {
  const { section } = node;
  if (section.children.length > 0 || hasContent(section.body)) return {};
  return { guidance: section.body.comments.length > 0 ? 'comment' : 'none' };
}

/** A slot or a series: one or more sections, with what all its members require. */
function repeatingRule(group: Group, typed: Typed): SectionRule {
  const first = headingOf(typed, group.members[0]);
  const facts = factsOf(typed, group);
  const numbered = group.kind === 'series' ? group.numbered : null;
  const { body, children } = sharedContent(group, typed);
  return {
    id: group.id,
    display: group.display,
    pattern: numbered && !facts.anyHeading ? seriesPattern(numbered) : ANY_TEXT_PATTERN,
    level: first.section.level,
    required: facts.required.value,
    min: facts.min,
    max: facts.max,
    closed: facts.closed,
    line: first.heading.span.start.line,
    kind: group.kind,
    series: numbered
      ? {
          numbering: numbered.numbering,
          prefix: numbered.prefix,
          members: group.memberTexts,
          ...(typed.exampleSeries.has(group) ? { examples: true as const } : {}),
        }
      : null,
    anyHeading: facts.anyHeading,
    children,
    body,
    insert: repeatingInsert(group, typed),
    ...reasons(facts.required),
  };
}

/** The first member's heading, with the body of the first member that does not only point at another. */
function repeatingInsert(group: Group, typed: Typed): SectionInsert {
  const full = group.members.find((member) => !typed.references.has(member)) ?? group.members[0];
  return sectionInsert(typed.doc.outline, headingOf(typed, group.members[0]).section, headingOf(typed, full).section);
}

/**
 * The body rules all members hold and their merged child sections. Members that only point at
 * another (`[Same structure as Phase 1]`) take its rules, so they are left out; a member with an
 * example heading (`[Aspect 1: e.g., API Design]`) requires nothing, so nothing is shared.
 */
function sharedContent(group: Group, typed: Typed): { body: BodyRule; children: SectionRule[] } {
  const own = group.members.filter((member) => !typed.references.has(member));
  const sources = own.length > 0 ? own : group.members.slice(0, 1);
  return {
    body: intersectBodies(
      sources.map((member) => (typed.examples.has(member) ? emptyBody() : buildBody(headingOf(typed, member), typed))),
    ),
    children: mergeChildren(group.children.map((list) => buildSections(list, typed))),
  };
}

/**
 * The union of the members' child rules, in template order: a child every member has keeps its
 * own requirement, one that only some members have is optional.
 */
function mergeChildren(lists: readonly SectionRule[][]): SectionRule[] {
  if (lists.length === 1) return lists[0];
  const key = (rule: SectionRule): string => `${rule.kind}|${rule.level}|${rule.pattern}`;
  const merged: SectionRule[] = [];
  for (const list of lists) {
    let previous = -1;
    for (const rule of list) {
      const found = merged.findIndex((candidate) => key(candidate) === key(rule));
      if (found >= 0) {
        previous = found;
        continue;
      }
      previous += 1;
      merged.splice(previous, 0, rule);
    }
  }
  return merged.map((rule) =>
    lists.every((list) => list.some((other) => key(other) === key(rule))) ? rule : { ...rule, required: false },
  );
}
