/**
 * Aligns a document's section tree with a schema's section rules.
 *
 * Three passes:
 * 1. top-down, in place: each direct child of a scope's section is matched by heading text to one
 *    of the scope's rules (any deeper level: a `####` standing where the template has `###` still
 *    matches, flagged `levelMismatch`); then the slots take the remaining children at their level
 *    that stand between the slot's neighbours in template order;
 * 2. in document order, each section left over is tried against every rule of the template: it is
 *    claimed by a rule when, with the rule's level, it would sit under that rule's parent
 *    (`### Security` inside `## Performance` where the template has `## Security`, or
 *    `## Components` right after `## Architecture` where the template has `### Components`), the
 *    headings matched before it counted at their template's level. It may be higher than the
 *    rule, or one level deeper: two or more levels deeper under another section, a heading is that
 *    section's own subsection, whatever its name;
 * 3. what is still left is misplaced (it names a template section that is missing in its own
 *    place, and is at most one level deeper), a near miss (see `near-miss.ts`) or unknown.
 */

import type { Outline, Section } from '../outline/types.js';
import type { GuideSchema, SectionRule } from '../template/schema.js';
import { readHeading, type HeadingReading } from './heading-readings.js';
import { indexSchema, type SchemaIndex } from './schema-index.js';
import { hasContent } from '../outline/content.js';
import { parseMemberNumber } from './member-number.js';
import { findNearMisses } from './near-miss.js';
import { OpenSections } from './open-sections.js';
import type {
  DocumentMatch,
  MisplacedSection,
  NearMiss,
  Scope,
  SectionMatch,
  TitleMatch,
  UnknownSection,
} from './types.js';

export function matchOutline(outline: Outline, schema: GuideSchema): DocumentMatch {
  return new Matcher(outline, schema).run();
}

class Matcher {
  private readonly schemaIndex: SchemaIndex;
  private readonly parents = new Map<Section, Section>();
  /** Every section but the root, in document order. */
  private readonly flat: Section[] = [];
  private readonly readings = new Map<Section, HeadingReading>();
  private readonly matchOf = new Map<Section, SectionMatch>();
  private readonly scopeOf = new Map<Section, Scope>();
  private readonly scopesByRules = new Map<readonly SectionRule[], Scope[]>();
  private readonly matches: SectionMatch[] = [];
  private readonly title: TitleMatch;
  /** The section whose children the template's top-level sections are (see `findContainer`). */
  private readonly container: Section;

  constructor(
    private readonly outline: Outline,
    private readonly schema: GuideSchema,
  ) {
    this.schemaIndex = indexSchema(schema);
    this.collectSections(outline.root);
    this.title = this.titleMatch();
    this.container = this.findContainer();
  }

  run(): DocumentMatch {
    const { outline, schema, title } = this;
    const top = this.openScope(this.container, schema.sections, schema.closed);
    this.fill(top);
    const leftOver = this.claimLeftOvers();
    const sections = [...this.matches].sort(byPosition);
    const scopes = [top, ...sections.map((match) => match.children)];
    const { misplaced, nearMisses, unknown } = this.classify(leftOver, scopes);
    for (const match of sections) if (match.children.matched.length > 0) match.empty = false;
    return { outline, schema, title, top, sections, scopes, misplaced, nearMisses, unknown };
  }

  private collectSections(section: Section): void {
    for (const child of section.children) {
      this.parents.set(child, section);
      this.flat.push(child);
      this.collectSections(child);
    }
  }

  /** What the section's heading names (see heading-readings.ts), looked up once per section. */
  private readingOf(section: Section): HeadingReading {
    let reading = this.readings.get(section);
    if (reading === undefined) {
      reading = readHeading(this.schema, section.heading);
      this.readings.set(section, reading);
    }
    return reading;
  }

  private textOf(section: Section): string {
    return this.readingOf(section).text;
  }

  /**
   * Every rule of the template, in template order, that the section's heading names (any-heading
   * rules aside): by their patterns, or failing all, by the same name in other words. Passes 2 and
   * 3 both ask it of the sections left over.
   */
  private rulesNamedBy(section: Section): readonly SectionRule[] {
    return this.readingOf(section).named;
  }

  private titleMatch(): TitleMatch {
    const headings = this.outline.root.children.filter((section) => section.level === 1);
    const data = this.outline.frontmatter?.data ?? null;
    let frontmatterTitle: string | null = null;
    if (data) {
      const key = Object.keys(data).find((name) => name.toLowerCase() === 'title');
      const value = key === undefined ? undefined : data[key];
      if ((typeof value === 'string' || typeof value === 'number') && String(value).trim() !== '') {
        frontmatterTitle = String(value).trim();
      }
    }
    return { headings, frontmatterTitle };
  }

  /**
   * The section whose children the template's top-level sections are: the first H1, or the root
   * when the document has none. When the template has no title, the first H1 is the document's
   * title only when its sections are deeper, and it opens the document and names no section
   * (`# Unresolved questions` after `## Summary`, or `# Summary` itself, is a section written too high).
   */
  private findContainer(): Section {
    const first = this.title.headings[0];
    if (first === undefined) return this.outline.root;
    if (this.schema.title !== null) return first;
    const topLevel = this.schema.sections[0]?.level ?? 2;
    const opensDocument = this.flat[0] === first && this.rulesNamedBy(first).length === 0;
    return topLevel > 1 && opensDocument ? first : this.outline.root;
  }

  /** A scope with no owner yet (`claim` sets it). */
  private openScope(section: Section, rules: readonly SectionRule[], closed: boolean): Scope {
    const scope: Scope = { section, owner: null, rules, byRule: rules.map(() => []), matched: [], closed };
    this.scopeOf.set(section, scope);
    const same = this.scopesByRules.get(rules);
    if (same) same.push(scope);
    else this.scopesByRules.set(rules, [scope]);
    return scope;
  }

  /** Pass 1 for one scope, then for the scopes of its matches. */
  private fill(scope: Scope): void {
    const created: SectionMatch[] = [];
    for (const child of scope.section.children) {
      const index = this.textRuleFor(scope, child);
      if (index >= 0) created.push(this.claim(scope, index, child));
    }
    created.push(...this.fillSlots(scope));
    this.sortScope(scope);
    created.sort(byPosition);
    for (const match of created) this.fill(match.children);
  }

  /**
   * The first rule with room that the heading names by its pattern; failing that, by the same name
   * in other words (folding a heading's name costs more than a pattern test, and few need it).
   */
  private textRuleFor(scope: Scope, section: Section): number {
    const reading = this.readingOf(section);
    const byPattern = firstWithRoom(scope, reading.byPattern);
    return byPattern >= 0 ? byPattern : firstWithRoom(scope, reading.byName);
  }

  /**
   * A slot (or any-heading rule) takes the unclaimed children at its level that stand between its
   * neighbours: the nearest claimed siblings before and after, in template order.
   */
  private fillSlots(scope: Scope): SectionMatch[] {
    const slots = scope.rules.flatMap((rule, index) => (rule.anyHeading ? [index] : []));
    if (slots.length === 0) return [];
    const created: SectionMatch[] = [];
    const children = scope.section.children;
    const claimedIndex = new Map<Section, number>();
    for (const match of scope.matched) claimedIndex.set(match.section, match.ruleIndex);
    children.forEach((child, position) => {
      if (claimedIndex.has(child)) return;
      const before = nearestClaimed(children, position, -1, claimedIndex) ?? -1;
      const after = nearestClaimed(children, position, 1, claimedIndex) ?? scope.rules.length;
      const low = Math.min(before, after);
      const high = Math.max(before, after);
      const slot = slots.find(
        (index) => index >= low && index <= high && scope.rules[index]!.level === child.level && hasRoom(scope, index),
      );
      if (slot === undefined) return;
      created.push(this.claim(scope, slot, child));
      claimedIndex.set(child, slot);
    });
    return created;
  }

  private claim(scope: Scope, ruleIndex: number, section: Section): SectionMatch {
    const rule = scope.rules[ruleIndex]!;
    const children = this.openScope(section, rule.children, rule.closed);
    const match: SectionMatch = {
      rule,
      section,
      scope,
      ruleIndex,
      member: rule.series ? parseMemberNumber(this.textOf(section), rule) : null,
      // Sample entries (`#### Story 1`) may be grouped as the document likes: their depth is its own.
      levelMismatch: section.level !== rule.level && !withinSkippedLevels(scope, section, rule) && !rule.series?.examples,
      empty: isEmptySection(section),
      children,
    };
    children.owner = match;
    scope.byRule[ruleIndex]!.push(match);
    scope.matched.push(match);
    this.matches.push(match);
    this.matchOf.set(section, match);
    return match;
  }

  private sortScope(scope: Scope): void {
    scope.matched.sort(byPosition);
    for (const list of scope.byRule) list.sort(byPosition);
  }

  /** Pass 2: returns the sections still unclaimed afterwards, in document order. */
  private claimLeftOvers(): Section[] {
    const leftOver: Section[] = [];
    // A claim only ever takes the section at hand and what follows it: the reading level of
    // every section before it is final.
    const before = new OpenSections(this.outline.root);
    for (const section of this.flat) {
      if (!this.matchOf.has(section) && section !== this.container) {
        const match = this.claimByLevel(section, before);
        if (match) {
          this.sortScope(match.scope);
          this.fill(match.children);
        } else {
          leftOver.push(section);
        }
      }
      before.push(section, this.readingLevel(section));
    }
    return leftOver;
  }

  /**
   * Claims the section for a rule it names when, with the rule's level, it would belong to the
   * rule's parent: to the last section before it with a lower reading level.
   */
  private claimByLevel(section: Section, before: OpenSections): SectionMatch | null {
    for (const rule of this.rulesNamedBy(section)) {
      if (isOwnSubsection(section, rule)) continue;
      const scope = this.scopeOf.get(before.below(rule.level));
      if (!scope || scope.rules !== this.schemaIndex.siblingsOf(rule)) continue;
      const index = scope.rules.indexOf(rule);
      if (hasRoom(scope, index)) return this.claim(scope, index, section);
    }
    return null;
  }

  /**
   * The level a heading is read at: a matched one's template level, as if its `heading-level`
   * finding were fixed; an H1 after the title that of a top-level section (the document has one
   * title: `# Objective`, `# Requirements`, `# Motivation` under `# Search` are its sections,
   * written one level too high); any other its own.
   */
  private readingLevel(section: Section): number {
    const match = this.matchOf.get(section);
    if (match) return match.rule.level;
    return this.isExtraH1(section) ? this.container.level + 1 : section.level;
  }

  /** The parent a section is read under: its parent, or the title for an H1 after the title. */
  private readingParent(section: Section): Section {
    const parent = this.parents.get(section) ?? this.outline.root;
    return this.isExtraH1(section) ? this.container : parent;
  }

  /** An H1 other than the one the template's sections stand under. */
  private isExtraH1(section: Section): boolean {
    return section.level === 1 && this.container !== this.outline.root && section !== this.container;
  }

  /** Pass 3. */
  private classify(
    leftOver: Section[],
    scopes: readonly Scope[],
  ): { misplaced: MisplacedSection[]; nearMisses: NearMiss[]; unknown: UnknownSection[] } {
    const misplaced: MisplacedSection[] = [];
    const unmatched: Section[] = [];
    for (const section of leftOver) {
      const rule = this.missingRuleNamedBy(section);
      if (rule) misplaced.push({ section, rule, foundUnder: this.readingParent(section) });
      else unmatched.push(section);
    }
    const nearMisses = findNearMisses(scopes, unmatched, (section) => this.readingParent(section));
    const nearMissSections = new Set(nearMisses.map((entry) => entry.section));
    const unknown: UnknownSection[] = [];
    for (const section of unmatched) {
      const parent = this.parents.get(section) ?? this.outline.root;
      const scope = this.scopeOf.get(parent) ?? null;
      if (nearMissSections.has(section) || this.isExtraH1(section) || (scope === null && parent !== this.outline.root)) continue;
      unknown.push({ section, scope, closed: scope?.closed ?? this.schema.closed });
    }
    return { misplaced, nearMisses, unknown };
  }

  /**
   * The first template section the heading names that is missing somewhere (or whose parent is),
   * unless the heading is two or more levels deeper than it.
   */
  private missingRuleNamedBy(section: Section): SectionRule | null {
    for (const rule of this.rulesNamedBy(section)) {
      if (isOwnSubsection(section, rule)) continue;
      const siblings = this.schemaIndex.siblingsOf(rule);
      const index = siblings.indexOf(rule);
      const scopes = this.scopesByRules.get(siblings) ?? [];
      if (scopes.length === 0 || scopes.some((scope) => scope.byRule[index]!.length === 0)) return rule;
    }
    return null;
  }
}

/** Two or more levels deeper than the rule: outside its parent, another section's own subsection. */
function isOwnSubsection(section: Section, rule: SectionRule): boolean {
  return section.level > rule.level + 1;
}

/**
 * The index in the scope of the first of `named` (rules in template order: the scope's own come in
 * its order) that is the scope's and has room; -1 for none.
 */
function firstWithRoom(scope: Scope, named: readonly SectionRule[]): number {
  for (const rule of named) {
    const index = scope.rules.indexOf(rule);
    if (index >= 0 && hasRoom(scope, index)) return index;
  }
  return -1;
}

function hasRoom(scope: Scope, index: number): boolean {
  const max = scope.rules[index]!.max;
  return max === null || scope.byRule[index]!.length < max;
}

function nearestClaimed(
  children: readonly Section[],
  from: number,
  step: 1 | -1,
  claimedIndex: ReadonlyMap<Section, number>,
): number | undefined {
  for (let position = from + step; position >= 0 && position < children.length; position += step) {
    const index = claimedIndex.get(children[position]!);
    if (index !== undefined) return index;
  }
  return undefined;
}

/** No subsections and nothing in the body but HTML comments and thematic breaks. */
function isEmptySection(section: Section): boolean {
  return section.children.length === 0 && !hasContent(section.body);
}

function byPosition(a: { section: Section }, b: { section: Section }): number {
  return a.section.span.start.offset - b.section.span.start.offset;
}

/**
 * A template that leaves levels out under a section (`#####` right under `###`) asks for a
 * subsection, not that depth: a document heading at any level between the parent's and the
 * template's, below its own parent, is at its place.
 */
function withinSkippedLevels(scope: Scope, section: Section, rule: SectionRule): boolean {
  const owner = scope.owner;
  if (owner === null) return false;
  return owner.rule.level < section.level && section.level < rule.level && owner.section.level < section.level;
}

