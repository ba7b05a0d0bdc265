/**
 * Every guidelint rule as a remark-lint rule (`guidelint:<rule-id>`), for remark-cli and the
 * remark language server. Each reads the outline built from the file's source and the schema
 * given in its options; inline control comments apply as in the CLI.
 */

import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import type { VFile } from 'vfile';
import { rules } from '../../rules/index.js';
import { applyInlineControl } from '../engine/inline-control.js';
import { planRun } from '../engine/lint-outline.js';
import { lineStartOffset } from '../lint/positions.js';
import type { Rule } from '../lint/rule.js';
import type { Finding, RuleId } from '../lint/types.js';
import type { Outline } from '../outline/types.js';
import type { GuideSchema } from '../template/schema.js';
import { fileMatch, fileOutline } from './file-outline.js';

export interface RuleOptions {
  /** The compiled template the document follows. */
  schema: GuideSchema;
  /**
   * The rule is off but for what the template closes (`<!-- guidelint: closed -->`): it reports
   * only that, as `guidelint check` does for `unknown-section` and `unknown-field` left at their default.
   */
  closedOnly?: boolean;
}

/** Wraps a rule: `.use(plugin, ['error', { schema }])`. A file with broken frontmatter is left to the fatal check. */
export function remarkLintRule(rule: Rule) {
  return lintRule<Root, RuleOptions>({ origin: `guidelint:${rule.meta.id}` }, (_tree, file, options) => {
    const outline = fileOutline(file);
    if (!options?.schema || outline.frontmatter?.error) return;
    const match = fileMatch(file, options.schema);
    const run = options.closedOnly ? planRun(rule, match, options.schema, undefined) : { match };
    if (run === null) return;
    const reports: Finding[] = [];
    rule.check({
      outline,
      schema: options.schema,
      match: run.match,
      report: (report) => reports.push({ ...report, ruleId: rule.meta.id, severity: 2 }),
    });
    for (const finding of applyInlineControl(reports, outline.comments)) addMessage(file, outline, finding);
  });
}

/**
 * A vfile message at the finding's place. A suggestion or fix that replaces exactly that place
 * becomes `expected` (with `actual`), which the language server offers as quick fixes.
 */
export function addMessage(file: VFile, outline: Outline, finding: Finding): ReturnType<VFile['message']> {
  const start = { line: finding.line, column: finding.column, offset: offsetOf(outline, finding.line, finding.column) };
  const end = { line: finding.endLine, column: finding.endColumn, offset: offsetOf(outline, finding.endLine, finding.endColumn) };
  const message = file.message(finding.message, { place: { start, end } });
  const replacements = [...(finding.suggestions ?? []).map((suggestion) => suggestion.fix), ...(finding.fix ? [finding.fix] : [])];
  const fitting = replacements.filter((fix) => fix.range[0] === start.offset && fix.range[1] === end.offset);
  if (fitting.length > 0) {
    message.actual = String(file).slice(start.offset, end.offset);
    message.expected = fitting.map((fix) => fix.text);
  }
  return message;
}

function offsetOf(outline: Outline, line: number, column: number): number {
  return lineStartOffset(outline, line) + column - 1;
}

/** The remark-lint plugin of every rule, by rule id. */
export const remarkLintRules = new Map<RuleId, ReturnType<typeof remarkLintRule>>(
  rules.map((rule) => [rule.meta.id, remarkLintRule(rule)]),
);
