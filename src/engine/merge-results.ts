/**
 * `guidelint merge`: the reports of a run's shards read back and joined into the results the whole
 * run would have had, in its order (by path, as the plan sorts files). A report is a JSON report
 * (`--format json`) or a SARIF log (`--format sarif`, joined in merge-sarif.ts), told by content.
 */
import { UserError } from './errors.js';
import { isSarifLog, readSarifLog, type SarifReport } from './merge-sarif.js';
import type { LintResult } from './results.js';

/** A report's text and the name it goes by in messages (its path as given). */
export interface ReportText {
  name: string;
  text: string;
}

/** A JSON report's results. */
export interface JsonReport {
  kind: 'json';
  name: string;
  results: LintResult[];
}

/** A report read: a JSON report's results, or a SARIF log's. */
export type ShardReport = JsonReport | ({ kind: 'sarif' } & SarifReport);

/** The report a text holds; a UserError when it is neither a guidelint JSON report nor a guidelint SARIF log. */
export function readReport({ name, text }: ReportText): ShardReport {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw notAReport(name, 'it is not JSON');
  }
  if (isSarifLog(value)) return { kind: 'sarif', ...readSarifLog(name, value) };
  if (!Array.isArray(value)) throw notAReport(name, 'it is neither an array of results nor a SARIF 2.1.0 log');
  for (const [index, result] of value.entries()) {
    const problem = resultProblem(result);
    if (problem !== null) throw notAJsonReport(name, `result ${index + 1} ${problem}`);
  }
  return { kind: 'json', name, results: value as LintResult[] };
}

/** Joins the JSON reports' results, sorted by path; a file in two reports is a UserError. */
export function mergeReports(reports: readonly JsonReport[]): LintResult[] {
  const reportOf = new Map<string, string>();
  const merged: LintResult[] = [];
  for (const report of reports) {
    for (const result of report.results) {
      const other = reportOf.get(result.filePath);
      if (other !== undefined) {
        throw new UserError(`"${result.filePath}" is in both "${other}" and "${report.name}": shards of one run never share a file`);
      }
      reportOf.set(result.filePath, report.name);
      merged.push(result);
    }
  }
  return merged.sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));
}

function notAReport(name: string, why: string): UserError {
  return new UserError(`"${name}" is not a guidelint report (guidelint --format json or sarif writes one): ${why}`);
}

function notAJsonReport(name: string, why: string): UserError {
  return new UserError(`"${name}" is not a guidelint JSON report (guidelint --format json writes one): ${why}`);
}

const COUNTS = ['errorCount', 'warningCount', 'fatalErrorCount', 'fixableErrorCount', 'fixableWarningCount'] as const;
const POSITION = ['line', 'column', 'endLine', 'endColumn'] as const;

/** What is wrong with one result of a report, or null: the fields the reporters and the exit code read. */
function resultProblem(result: unknown): string | null {
  if (!isObject(result)) return 'is not an object';
  if (typeof result['filePath'] !== 'string') return 'has no filePath';
  if (result['template'] !== null && typeof result['template'] !== 'string') return 'has no template';
  const count = COUNTS.find((name) => !Number.isInteger(result[name]));
  if (count !== undefined) return `has no ${count}`;
  const messages = result['messages'];
  if (!Array.isArray(messages)) return 'has no messages';
  const bad = messages.findIndex((message) => !isFinding(message));
  return bad === -1 ? null : `has a message (${bad + 1}) without ruleId, severity, message, line and column`;
}

function isFinding(message: unknown): boolean {
  return (
    isObject(message) &&
    (message['ruleId'] === null || typeof message['ruleId'] === 'string') &&
    (message['severity'] === 1 || message['severity'] === 2) &&
    typeof message['message'] === 'string' &&
    POSITION.every((name) => Number.isInteger(message[name]))
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
