/** The report for a section the template requires and the document lacks (required-section, section-series). */

import type { Scope, SectionMatch } from '../match/types.js';
import { readHeading } from '../match/heading-readings.js';
import type { Outline, Section } from '../outline/types.js';
import type { GuideSchema, SectionRule } from '../template/schema.js';
import { ruleHeading, sectionHeading, templateTag } from './describe.js';
import { insertBlock, replaceHeading, sectionText } from './fixes.js';
import { placeOfPoint, placeOfSpan } from './positions.js';
import type { RuleContext } from './rule.js';
import { missingSectionPlace } from './section-place.js';
import type { Report } from './types.js';

/**
 * How a message names a matched section: a literal one as the template writes it, a slot's or a
 * series member's as the document does (`### Step 2: Wire the API`).
 */
export function matchHeading(match: SectionMatch): string {
  return match.rule.kind === 'literal' && !match.rule.anyHeading ? ruleHeading(match.rule) : sectionHeading(match.section);
}

/**
 * `Missing <noun> "## X" (template), expected after "## Y"` — or `expected before "## Z"` when it
 * would come first, `expected under "## P"` when its scope holds no known section; with a fix that
 * inserts the template's text of the section there (see `sectionText`). When the section stands
 * under another parent: `found under "## W"` at that heading, and no fix. When a heading near its
 * name stands in its place: `; did you mean "## X'" (line N)?` at that heading, with renaming it
 * and inserting the section as suggestions. Each names the section (`section`): its place does not.
 */
export function missingSectionReport(context: RuleContext, scope: Scope, ruleIndex: number, noun: string): Report {
  const rule = scope.rules[ruleIndex]!;
  const { outline, schema, match } = context;
  const what = `Missing ${noun} "${ruleHeading(rule)}" ${templateTag(schema)}`;
  const misplaced = match.misplaced.find((entry) => entry.rule === rule);
  if (misplaced && misplaced.section.heading) {
    return {
      message: `${what}, ${foundWhere(misplaced.foundUnder, match.top.section)}`,
      ...placeOfSpan(misplaced.section.heading.span),
      section: rule.id,
    };
  }
  const place = missingSectionPlace(outline, scope, ruleIndex, match.sections);
  const where = place.after
    ? `, expected after "${matchHeading(place.after)}"`
    : place.before
      ? `, expected before "${matchHeading(place.before)}"`
      : scope.owner
        ? `, expected under "${matchHeading(scope.owner)}"`
        : '';
  const present = rulesPresentIn(outline, schema);
  const insert = insertBlock(outline, place, sectionText(rule, (named) => present.has(named)));
  const nearMiss = match.nearMisses.find((entry) => entry.scope === scope && entry.rule === rule);
  const heading = nearMiss?.section.heading;
  if (heading) {
    return {
      message: `${what}${where}; did you mean "${sectionHeading(nearMiss.section)}" (line ${heading.span.start.line})?`,
      ...placeOfSpan(heading.span),
      suggestions: [
        { desc: `Rename the heading to "${ruleHeading(rule)}"`, fix: replaceHeading(heading, ruleHeading(rule)) },
        { desc: `Insert the section "${ruleHeading(rule)}"`, fix: insert },
      ],
      section: rule.id,
    };
  }
  return { message: what + where, ...placeOfPoint(place.point), fix: insert, section: rule.id };
}

/**
 * The rules whose patterns a heading of the document names, anywhere: collected once per document
 * (a document may miss many sections).
 */
const presentRules = new WeakMap<Outline, { schema: GuideSchema; rules: ReadonlySet<SectionRule> }>();

function rulesPresentIn(outline: Outline, schema: GuideSchema): ReadonlySet<SectionRule> {
  const known = presentRules.get(outline);
  if (known?.schema === schema) return known.rules;
  const rules = new Set<SectionRule>();
  const visit = (section: Section): void => {
    for (const child of section.children) {
      for (const rule of readHeading(schema, child.heading).byPattern) rules.add(rule);
      visit(child);
    }
  };
  visit(outline.root);
  presentRules.set(outline, { schema, rules });
  return rules;
}

/** `found under "## W"`; at the top, `found before the title` when the document has one. */
function foundWhere(foundUnder: Section, top: Section): string {
  if (foundUnder.heading) return `found under "${sectionHeading(foundUnder)}"`;
  return top.heading ? 'found before the title' : 'found at the top level';
}
