/** Runs the enabled rules over one document's outline and returns its findings, as ESLint's `verify` does. */

import { rules } from '../../rules/index.js';
import { coverageOf, type Coverage } from '../lint/coverage.js';
import { withTargets } from '../lint/finding-targets.js';
import type { Rule } from '../lint/rule.js';
import type { Finding, Report, RuleId, Severity, SeverityName } from '../lint/types.js';
import { matchOutline } from '../match/match-outline.js';
import type { DocumentMatch } from '../match/types.js';
import type { Outline } from '../outline/types.js';
import type { GuideSchema } from '../template/schema.js';
import { controlFindings } from './inline-control.js';

/** How a document's `guidelint-disable` comments are read. */
export interface DirectiveSettings {
  /** false (`--no-inline-config`): control comments turn nothing off and are not checked. */
  inlineConfig?: boolean;
  /** `--report-unused-disable-directives`: a disable comment that turned nothing off is an error. */
  reportUnusedDisableDirectives?: boolean;
}

export interface LintOptions extends DirectiveSettings {
  /** Severities by rule id, over the rules' defaults. */
  rules?: Partial<Record<RuleId, SeverityName>>;
  /** Options by rule id (ESLint's `[severity, options]`). */
  ruleOptions?: Partial<Record<RuleId, Readonly<Record<string, unknown>>>>;
  /** Every finding's severity (a `when:` clause's `severity`), over the rules'. */
  severity?: Exclude<SeverityName, 'off'>;
}

const SEVERITY: Record<Exclude<SeverityName, 'off'>, Severity> = { warn: 1, error: 2 };

/**
 * The findings for a document, sorted by line, column and rule id (a stable sort). Inline control comments are
 * applied, and their own problems added. A document whose frontmatter does not parse gets a single
 * fatal finding instead.
 */
export function lintOutline(outline: Outline, schema: GuideSchema, options: LintOptions = {}): Finding[] {
  return lintDocument(outline, schema, { ...options, coverage: false }).messages;
}

export interface DocumentLintOptions extends LintOptions {
  /** Work out the coverage too (the default): only the conformance report reads it. */
  coverage?: boolean;
}

export interface DocumentLint {
  /** As `lintOutline` returns them, each naming the template section or field it is about, if any. */
  messages: Finding[];
  /** Where the document has the template's sections and fields; null when its frontmatter does not parse or it was not asked for. */
  coverage: Coverage | null;
}

/** `lintOutline`, with what the conformance report needs besides the findings. */
export function lintDocument(outline: Outline, schema: GuideSchema, options: DocumentLintOptions = {}): DocumentLint {
  const frontmatter = outline.frontmatter;
  if (frontmatter?.error) {
    const { start, end } = frontmatter.span;
    const fatal: Finding = {
      ruleId: null,
      severity: 2,
      fatal: true,
      message: frontmatter.error,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
    };
    return { messages: [fatal], coverage: null };
  }
  const match = matchOutline(outline, schema);
  const reported: Finding[] = [];
  for (const rule of rules) {
    const run = planRun(rule, match, schema, options.rules?.[rule.meta.id]);
    if (!run) continue;
    const severity = SEVERITY[options.severity ?? run.severity];
    rule.check({
      outline,
      schema,
      match: run.match,
      options: options.ruleOptions?.[rule.meta.id] ?? {},
      report: (report: Report) => reported.push(finding(rule.meta.id, severity, report)),
    });
  }
  const findings = withTargets(reported, match);
  const coverage = options.coverage === false ? null : coverageOf(match);
  if (options.inlineConfig === false) return { messages: findings.sort(byPlace), coverage };
  const { kept, problems } = controlFindings(findings, outline.comments, { reportUnused: options.reportUnusedDisableDirectives ?? false });
  return { messages: [...kept, ...problems].sort(byPlace), coverage };
}

/**
 * The severity a rule runs with and the match it reads, or null when it is off. `unknown-section`
 * and `unknown-field` are off by default, but what the template closes (`<!-- guidelint: closed -->`)
 * still reports, as errors, unless the rule was turned off explicitly: a closed scope its unknown
 * sections, closed metadata its unknown fields.
 */
export function planRun(
  rule: Rule,
  match: DocumentMatch,
  schema: GuideSchema,
  configured: SeverityName | undefined,
): { severity: Exclude<SeverityName, 'off'>; match: DocumentMatch } | null {
  const severity = configured ?? rule.meta.defaultSeverity;
  if (severity !== 'off') return { severity, match };
  if (configured !== undefined) return null;
  if (rule.meta.id === 'unknown-field') return schema.metadata?.closed ? { severity: 'error', match } : null;
  if (rule.meta.id !== 'unknown-section') return null;
  const closedOnly = match.unknown.filter((entry) => entry.closed);
  return closedOnly.length === 0 ? null : { severity: 'error', match: { ...match, unknown: closedOnly } };
}

function finding(ruleId: RuleId, severity: Severity, report: Report): Finding {
  const { message, line, column, endLine, endColumn, fix, suggestions, section, field } = report;
  return {
    ruleId,
    severity,
    message,
    line,
    column,
    endLine,
    endColumn,
    ...(fix ? { fix } : {}),
    ...(suggestions ? { suggestions } : {}),
    ...(section !== undefined ? { section } : {}),
    ...(field !== undefined ? { field } : {}),
  };
}

/** Findings of one rule at one place keep the order it reported them in: the template's (missing items, fields, sections). */
function byPlace(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column || compareText(a.ruleId ?? '', b.ruleId ?? '');
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
