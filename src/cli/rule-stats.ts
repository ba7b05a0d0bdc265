/** `--stats`: the run's findings counted by rule, most first, as a table for standard error. */
import type { LintResult } from '../engine/results.js';

interface RuleCount {
  rule: string;
  errors: number;
  warnings: number;
}

/** One row per rule with findings; messages of no rule (unreadable files, directives) count as `(no rule)`. */
export function findingsByRule(results: readonly LintResult[]): string {
  const counts = new Map<string, RuleCount>();
  for (const message of results.flatMap((result) => result.messages)) {
    const rule = message.ruleId ?? '(no rule)';
    const count = counts.get(rule) ?? { rule, errors: 0, warnings: 0 };
    if (message.severity === 2) count.errors += 1;
    else count.warnings += 1;
    counts.set(rule, count);
  }
  if (counts.size === 0) return 'Findings by rule: none\n';
  const rows = [...counts.values()].sort(
    (a, b) => b.errors + b.warnings - (a.errors + a.warnings) || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0),
  );
  const width = Math.max('Rule'.length, ...rows.map((row) => row.rule.length));
  const line = (rule: string, errors: string, warnings: string): string => `${rule.padEnd(width)}  ${errors.padStart(6)}  ${warnings.padStart(8)}\n`;
  return `Findings by rule:\n${line('Rule', 'Errors', 'Warnings')}${rows.map((row) => line(row.rule, String(row.errors), String(row.warnings))).join('')}`;
}
