/**
 * Inline control comments, as in ESLint and markdownlint:
 * `<!-- guidelint-disable [rule-id …] -->` … `<!-- guidelint-enable [rule-id …] -->`,
 * `<!-- guidelint-disable-line [rule-id …] -->`, `<!-- guidelint-disable-next-line [rule-id …] -->`
 * and `<!-- guidelint-disable-file [rule-id …] -->`. No rule id means every rule; ids may be
 * separated by spaces or commas, and ` -- reason` ends the list. As ESLint does, a directive naming
 * a rule that does not exist is a problem, and so (when asked) is one that turned nothing off.
 */

import { closestMatch } from '../config/errors.js';
import type { Comment } from '../outline/types.js';
import { RULE_IDS, type Finding, type RuleId } from '../lint/types.js';

type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line' | 'disable-file';

interface Directive {
  kind: DirectiveKind;
  /** The known rules named, or null for every rule. */
  rules: RuleId[] | null;
  /** The ids named that are no rule's. */
  unknown: string[];
  comment: Comment;
}

const DIRECTIVE = /^guidelint-(disable-next-line|disable-line|disable-file|disable|enable)(?:\s+([\s\S]*))?$/u;
const KNOWN_IDS: ReadonlySet<string> = new Set(RULE_IDS);

function parseDirective(comment: Comment): Directive | null {
  const found = DIRECTIVE.exec(comment.value);
  if (!found) return null;
  const list = (found[2] ?? '').split(/\s--\s|^--\s|\s--$/u)[0]!;
  const ids = list.split(/[\s,]+/u).filter((id) => id !== '');
  const rules = ids.filter((id): id is RuleId => KNOWN_IDS.has(id));
  const unknown = ids.filter((id) => !KNOWN_IDS.has(id));
  return { kind: found[1] as DirectiveKind, rules: ids.length > 0 ? rules : null, unknown, comment };
}

const names = (directive: Directive, ruleId: RuleId): boolean =>
  directive.rules === null || directive.rules.includes(ruleId);

export interface DirectiveOptions {
  /** `--report-unused-disable-directives`: a disable directive that turned nothing off is an error. */
  reportUnused?: boolean;
}

export interface ControlledFindings {
  /** The findings no directive turns off; fatal findings always stay. */
  kept: Finding[];
  /** The directives' own problems: unknown rule ids, and unused directives when asked. */
  problems: Finding[];
}

/** Applies the document's control comments to its findings, and checks the comments themselves. */
export function controlFindings(findings: readonly Finding[], comments: readonly Comment[], options: DirectiveOptions = {}): ControlledFindings {
  const directives = comments.map(parseDirective).filter((directive) => directive !== null);
  if (directives.length === 0) return { kept: [...findings], problems: [] };
  const used = new Map<Directive, Set<RuleId>>();
  const kept = findings.filter((finding) => {
    if (finding.ruleId === null) return true;
    const by = disabledBy(finding, finding.ruleId, directives);
    if (by === null) return true;
    used.set(by, (used.get(by) ?? new Set()).add(finding.ruleId));
    return false;
  });
  const problems = directives.flatMap((directive) => directive.unknown.map((id) => unknownRule(directive, id)));
  if (options.reportUnused) {
    for (const directive of directives) {
      const unused = unusedRules(directive, used.get(directive));
      if (unused !== null) problems.push(unusedDirective(directive, unused));
    }
  }
  return { kept, problems };
}

/** Drops the findings that the document's control comments turn off. Fatal findings always stay. */
export function applyInlineControl(findings: readonly Finding[], comments: readonly Comment[]): Finding[] {
  return controlFindings(findings, comments).kept;
}

/** The directive that turns the finding off, or null. */
function disabledBy(finding: Finding, ruleId: RuleId, directives: readonly Directive[]): Directive | null {
  let disabling: Directive | null = null;
  for (const directive of directives) {
    const { start, end } = directive.comment.span;
    switch (directive.kind) {
      case 'disable-file':
        if (names(directive, ruleId)) return directive;
        break;
      case 'disable-line':
        if (finding.line >= start.line && finding.line <= end.line && names(directive, ruleId)) return directive;
        break;
      case 'disable-next-line':
        if (finding.line === end.line + 1 && names(directive, ruleId)) return directive;
        break;
      case 'disable':
      case 'enable': {
        const before = start.line < finding.line || (start.line === finding.line && start.column <= finding.column);
        if (before && names(directive, ruleId)) disabling = directive.kind === 'disable' ? directive : null;
        break;
      }
    }
  }
  return disabling;
}

/** The rules a disable directive named but turned off nothing of (`[]`: it named none and turned off nothing), or null when it was used. */
function unusedRules(directive: Directive, used: ReadonlySet<RuleId> | undefined): RuleId[] | null {
  if (directive.kind === 'enable') return null;
  if (directive.rules === null) return used === undefined ? [] : null;
  const unused = directive.rules.filter((rule) => !used?.has(rule));
  return unused.length === 0 ? null : unused;
}

function unusedDirective(directive: Directive, rules: readonly RuleId[]): Finding {
  const from = rules.length === 0 ? '' : ` from ${rules.map((rule) => `"${rule}"`).join(', ')}`;
  return problemAt(directive, `Unused guidelint-${directive.kind} directive (no problems were reported${from})`);
}

function unknownRule(directive: Directive, id: string): Finding {
  const closest = closestMatch(id, RULE_IDS);
  const hint = closest === undefined ? '' : `; did you mean "${closest}"?`;
  return problemAt(directive, `Unknown rule "${id}" in a guidelint-${directive.kind} directive${hint}`);
}

/** A problem of the directive itself: no rule's (ruleId null, as in ESLint), an error, at the comment. */
function problemAt({ comment }: Directive, message: string): Finding {
  const { start, end } = comment.span;
  return { ruleId: null, severity: 2, message, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}
