/**
 * `section-series`: a numbered series (`### Step 1: …`, `## Phase 2: …`, `### Day 3-5: …`) has at
 * least one member, numbered from 1 (or A) with no gap; a dotted number (`1.2`) runs by its last
 * part; ranges start at 1 and never go backwards, with no gap check. An empty series is reported
 * where its first member belongs, with a fix inserting the template's first member; not under an
 * empty section, nor under one holding only a placeholder of the template (`[Same structure as
 * Phase 1]`), which `empty-section` and `placeholder` report.
 *
 * @template
 * ```markdown
 * # [Feature Name]
 *
 * ## Steps
 *
 * ### Step 1: [First Task]
 *
 * [Details]
 *
 * ### Step 2: [Second Task]
 *
 * [Details]
 * ```
 * @valid
 * ```markdown
 * # Search
 *
 * ## Steps
 *
 * ### Step 1: Index
 *
 * Build it.
 *
 * ### Step 2: Query
 *
 * Use it.
 * ```
 * @invalid
 * ```markdown
 * # Search
 *
 * ## Steps
 *
 * ### Step 1: Index
 *
 * Build it.
 *
 * ### Step 3: Query
 *
 * Use it.
 * ```
 * @findings
 * ```text
 * 9:1 Series "### Step {n}" (example) skips 2: "### Step 3: Query" follows "### Step 1: Index"
 * ```
 */

import { checksSubsections } from '../src/lint/body.js';
import { ruleHeading, sectionHeading, templateTag } from '../src/lint/describe.js';
import { missingSectionReport } from '../src/lint/missing-section.js';
import { placeOfSpan } from '../src/lint/positions.js';
import type { Rule, RuleContext } from '../src/lint/rule.js';
import type { MemberNumber, Scope, SectionMatch } from '../src/match/types.js';
import type { SectionRule, SeriesRule } from '../src/template/schema.js';

export const sectionSeries: Rule = {
  meta: {
    id: 'section-series',
    defaultSeverity: 'error',
    description: 'A numbered series has members numbered from 1 (or A) without gaps',
    fixable: true,
    hasSuggestions: false,
  },
  check(context) {
    for (const scope of context.match.scopes) {
      if (!checksSubsections(scope, context.schema)) continue;
      scope.rules.forEach((rule, index) => {
        if (rule.series) checkSeries(context, scope, index, rule, rule.series);
      });
    }
  },
};

function checkSeries(context: RuleContext, scope: Scope, index: number, rule: SectionRule, series: SeriesRule): void {
  const members = scope.byRule[index]!;
  const name = `Series "${ruleHeading(rule)}" ${templateTag(context.schema)}`;
  if (members.length === 0) {
    if (rule.required && rule.min > 0) {
      context.report(missingSectionReport(context, scope, index, 'numbered series'));
    }
    return;
  }
  if (members.length < rule.min) {
    context.report({
      message: `${name} has ${members.length} member${members.length === 1 ? '' : 's'}, expected at least ${rule.min}`,
      ...placeOfSpan(members[members.length - 1]!.section.heading!.span),
    });
  }
  // Sample entries are renumbered freely; only a series the document must keep runs from 1 without gaps.
  if (series.examples) return;
  const numbered = members.filter((member): member is SectionMatch & { member: MemberNumber } => member.member !== null);
  const [first, ...rest] = numbered;
  if (!first) return;
  if (first.member.first !== 1) {
    context.report({
      message: `${name} starts at ${first.member.label}, expected ${labelOf(series, first.member, 1)}`,
      ...placeOfSpan(first.section.heading!.span),
    });
  }
  let previous = first;
  for (const current of rest) {
    const problem = sequenceProblem(series, previous.member, current.member);
    if (problem) {
      context.report({
        message: `${name} ${problem}: "${sectionHeading(current.section)}" follows "${sectionHeading(previous.section)}"`,
        ...placeOfSpan(current.section.heading!.span),
      });
    }
    previous = current;
  }
}

/** What is wrong with `current` following `previous`, or null. */
function sequenceProblem(series: SeriesRule, previous: MemberNumber, current: MemberNumber): string | null {
  if (series.numbering === 'range') return current.first < previous.last ? 'goes backwards' : null;
  if (current.first <= previous.first) return 'goes backwards';
  if (current.first > previous.first + 1) {
    const missing = labelOf(series, previous, previous.first + 1);
    const last = labelOf(series, previous, current.first - 1);
    return `skips ${missing === last ? missing : `${missing} to ${last}`}`;
  }
  return null;
}

/** The label a member numbered `value` would have, written like `like` (`3`, `C`, `1.3`). */
function labelOf(series: SeriesRule, like: MemberNumber, value: number): string {
  switch (series.numbering) {
    case 'letter':
      return String.fromCharCode(64 + value);
    case 'dotted':
      return like.label.replace(/\d+$/u, String(value));
    default:
      return String(value);
  }
}
