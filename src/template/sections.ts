/**
 * Section rules (DESIGN §2, Sections … Optional): each template heading becomes a literal section,
 * and sibling headings fold into free slots (headings that are only placeholders) and numbered
 * series (`Phase 1`, `Phase 2: [Name]`).
 */
import type { Heading, Section } from '../outline/types.js';
import type { BodyRule, SectionInsert, SectionRule } from './schema.js';
import {
  commentBefore,
  commentSaysOptional,
  commentsAfter,
  readAnnotations,
  type Annotations,
} from './annotations.js';
import { compileBody, emptyBody, intersectBodies } from './body.js';
import { sectionInsert } from './insert.js';
import { ANY_TEXT_PATTERN, textPattern } from './pattern.js';
import {
  findPlaceholders,
  isConditionalPlaceholder,
  isExamplePlaceholder,
  isOnlyPlaceholders,
  type ScanOptions,
} from './placeholders.js';
import {
  isSeries,
  parseNumbered,
  seriesDisplay,
  seriesKey,
  seriesPattern,
  type NumberedText,
} from './series.js';
import type { TemplateContext } from './context.js';

/** What one template heading says about itself, before siblings are grouped. */
interface HeadingInfo {
  section: Section;
  heading: Heading;
  /** Only placeholders: a free slot. */
  placeholderOnly: boolean;
  numbered: NumberedText | null;
  /** The words after the number hold a placeholder. */
  numberedHasPlaceholder: boolean;
  /** A placeholder with `e.g.` in the heading: the body requires nothing. */
  example: boolean;
  /** The body is only `[Same structure as …]` / `[Repeat structure]`. */
  reference: boolean;
  optional: boolean;
  annotations: Annotations;
}

/** Compiles sibling sections (the children of one template section) into rules, in template order. */
export function compileSections(
  sections: readonly Section[],
  context: TemplateContext,
  path: readonly string[],
): SectionRule[] {
  const infos = sections.flatMap((section) =>
    section.heading ? [readHeading(section, section.heading, context)] : [],
  );
  const plans: RulePlan[] = [];
  let index = 0;
  while (index < infos.length) {
    const info = infos[index];
    if (info.placeholderOnly) {
      const end = runEnd(infos, index, (other) => other.placeholderOnly);
      const members = infos.slice(index, end);
      plans.push({ display: info.heading.text, build: (name) => slotRule(members, context, [...path, name]) });
      index = end;
      continue;
    }
    const numbered = info.numbered;
    if (numbered) {
      const key = seriesKey(numbered);
      const end = runEnd(infos, index, (other) => other.numbered !== null && seriesKey(other.numbered) === key);
      const members = infos.slice(index, end);
      const candidates = members.map((member) => ({
        numbered: member.numbered ?? numbered,
        hasPlaceholder: member.numberedHasPlaceholder,
      }));
      if (isSeries(candidates)) {
        plans.push({
          display: seriesDisplay(numbered),
          build: (name) => seriesRule(members, numbered, context, [...path, name]),
        });
        index = end;
        continue;
      }
    }
    plans.push({ display: info.heading.text, build: (name) => literalRule(info, context, [...path, name]) });
    index += 1;
  }
  return buildWithUniqueNames(plans);
}

/** A rule to build once its name in the id path is known. */
interface RulePlan {
  display: string;
  build: (name: string) => SectionRule;
}

/** Siblings with the same display get ` (2)`, ` (3)` … in their id path, so every id names one rule. */
function buildWithUniqueNames(plans: readonly RulePlan[]): SectionRule[] {
  const counts = new Map<string, number>();
  return plans.map((plan) => {
    const count = (counts.get(plan.display) ?? 0) + 1;
    counts.set(plan.display, count);
    return plan.build(count === 1 ? plan.display : `${plan.display} (${count})`);
  });
}

function runEnd(infos: readonly HeadingInfo[], start: number, belongs: (info: HeadingInfo) => boolean): number {
  let end = start + 1;
  while (end < infos.length && belongs(infos[end])) end += 1;
  return end;
}

function readHeading(section: Section, heading: Heading, context: TemplateContext): HeadingInfo {
  const scan = context.headingScan;
  const numbered = parseNumbered(heading.text);
  const placeholders = findPlaceholders(heading.text, scan);
  const placeholderOnly = isOnlyPlaceholders(heading.text, scan);
  const after = commentsAfter(context.outline, heading.span.end.line);
  const annotations = readAnnotations(after, context.templateName);
  const before = commentBefore(context.outline, heading.span.start.line, context.headingLines);
  return {
    section,
    heading,
    placeholderOnly,
    numbered,
    numberedHasPlaceholder: numbered !== null && findPlaceholders(numbered.rest, scan).length > 0,
    example: placeholders.some(isExamplePlaceholder),
    reference: isReferenceBody(section, context.bodyScan),
    optional:
      annotations.optional ||
      /\(optional\)/iu.test(heading.text) ||
      (placeholderOnly && isConditionalPlaceholder(placeholders[0])) ||
      opensWithConditionalPlaceholder(section, context.bodyScan) ||
      after.some(commentSaysOptional) ||
      (before !== null && commentSaysOptional(before)),
    annotations,
  };
}

/** The body's first content is a paragraph holding only `[Optional …]` or `[If …]`. */
function opensWithConditionalPlaceholder(section: Section, scan: ScanOptions): boolean {
  const text = onlyParagraphText(section, scan, false);
  if (text === null) return false;
  const first = findPlaceholders(text, scan)[0];
  return first !== undefined && isConditionalPlaceholder(first);
}

/** The body is only `[Same structure as Component 1]` or `[Repeat structure]`. */
function isReferenceBody(section: Section, scan: ScanOptions): boolean {
  const text = onlyParagraphText(section, scan, true);
  if (text === null) return false;
  const first = findPlaceholders(text, scan)[0];
  return first !== undefined && /^(?:same structure as|repeat structure)\b/iu.test(first.inner);
}

/**
 * The text of the body's first content block when it is a paragraph of placeholders only (and,
 * with `alone`, the body's only content block); null otherwise. Comments and rules do not count.
 */
function onlyParagraphText(section: Section, scan: ScanOptions, alone: boolean): string | null {
  const content = section.body.blocks.filter((block) => block.kind !== 'html' && block.kind !== 'thematicBreak');
  const first = content[0];
  if (first === undefined || first.kind !== 'paragraph' || (alone && content.length > 1)) return null;
  const start = first.span.start.offset;
  const paragraph = section.body.paragraphs.find((candidate) => candidate.span.start.offset === start);
  if (paragraph === undefined || !isOnlyPlaceholders(paragraph.text, scan)) return null;
  return paragraph.text;
}

function literalRule(info: HeadingInfo, context: TemplateContext, childPath: readonly string[]): SectionRule {
  const display = info.heading.text;
  const { annotations } = info;
  return {
    id: childPath.join(' > '),
    display,
    pattern: annotations.anyHeading
      ? ANY_TEXT_PATTERN
      : textPattern(display, context.headingScan, { optionalTrailingParen: true, optionalLeadingNumber: true }),
    kind: 'literal',
    level: info.section.level,
    required: !info.optional && (annotations.repeat?.min ?? 1) > 0,
    min: annotations.repeat?.min ?? 1,
    max: annotations.repeat ? annotations.repeat.max : 1,
    series: null,
    anyHeading: annotations.anyHeading,
    children: compileSections(info.section.children, context, childPath),
    body: info.example ? emptyBody() : ownBody(info, context),
    closed: annotations.closed,
    line: info.heading.span.start.line,
    insert: sectionInsert(context.outline, info.section),
  };
}

function slotRule(
  members: readonly HeadingInfo[],
  context: TemplateContext,
  childPath: readonly string[],
): SectionRule {
  const display = members[0].heading.text;
  const { body, children } = sharedContent(members, context, childPath);
  return {
    ...repeatingRule(members, { id: childPath.join(' > '), display, pattern: ANY_TEXT_PATTERN }),
    kind: 'slot',
    series: null,
    anyHeading: true,
    children,
    body,
    insert: repeatingInsert(members, context),
  };
}

function seriesRule(
  members: readonly HeadingInfo[],
  numbered: NumberedText,
  context: TemplateContext,
  childPath: readonly string[],
): SectionRule {
  const display = seriesDisplay(numbered);
  const { body, children } = sharedContent(members, context, childPath);
  const anyHeading = members.some((member) => member.annotations.anyHeading);
  return {
    ...repeatingRule(members, {
      id: childPath.join(' > '),
      display,
      pattern: anyHeading ? ANY_TEXT_PATTERN : seriesPattern(numbered),
    }),
    kind: 'series',
    series: {
      numbering: numbered.numbering,
      prefix: numbered.prefix,
      members: members.map((member) => member.heading.text),
    },
    anyHeading,
    children,
    body,
    insert: repeatingInsert(members, context),
  };
}

/** The first member's heading, with the body of the first member that does not only point at another. */
function repeatingInsert(members: readonly HeadingInfo[], context: TemplateContext): SectionInsert {
  const full = members.find((member) => !member.reference) ?? members[0];
  return sectionInsert(context.outline, members[0].section, full.section);
}

type RepeatingFields = Pick<
  SectionRule,
  'id' | 'display' | 'pattern' | 'level' | 'required' | 'min' | 'max' | 'closed' | 'line'
>;

/** What slots and series share: one or more sections, optional when the first member is. */
function repeatingRule(
  members: readonly HeadingInfo[],
  names: Pick<SectionRule, 'id' | 'display' | 'pattern'>,
): RepeatingFields {
  const [first] = members;
  const repeat = members.find((member) => member.annotations.repeat !== null)?.annotations.repeat ?? null;
  return {
    ...names,
    level: first.section.level,
    required: !first.optional && (repeat?.min ?? 1) > 0,
    min: repeat?.min ?? 1,
    max: repeat ? repeat.max : null,
    closed: members.some((member) => member.annotations.closed),
    line: first.heading.span.start.line,
  };
}

/**
 * The body rules all members hold and their merged child sections. Members that only point at
 * another (`[Same structure as Phase 1]`) take its rules, so they are left out; a member with an
 * example heading (`[Aspect 1: e.g., API Design]`) requires nothing, so nothing is shared.
 */
function sharedContent(
  members: readonly HeadingInfo[],
  context: TemplateContext,
  childPath: readonly string[],
): { body: BodyRule; children: SectionRule[] } {
  const own = members.filter((member) => !member.reference);
  const sources = own.length > 0 ? own : members.slice(0, 1);
  return {
    body: intersectBodies(sources.map((member) => (member.example ? emptyBody() : ownBody(member, context)))),
    children: mergeChildren(sources.map((member) => compileSections(member.section.children, context, childPath))),
  };
}

function ownBody(info: HeadingInfo, context: TemplateContext): BodyRule {
  return compileBody(info.section.body, context.outline.lines, context.bodyScan);
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
