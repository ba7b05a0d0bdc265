/** A run's exit code from its results, shared by `check` and `merge` (a merge exits as the whole run would). */
import { totalCounts, type LintResult } from '../engine/results.js';
import type { OutputStream } from './io.js';

/** 1 when there is an error, or more warnings than `maxWarnings` (said on `stderr`); else 0. */
export function resultsExitCode(results: readonly LintResult[], maxWarnings: number | undefined, stderr: OutputStream): number {
  return countsExitCode(totalCounts(results), maxWarnings, stderr);
}

/** The exit code of a run with these counts (a merge of SARIF logs counts their results' levels). */
export function countsExitCode(
  total: { errorCount: number; warningCount: number },
  maxWarnings: number | undefined,
  stderr: OutputStream,
): number {
  const tooManyWarnings = maxWarnings !== undefined && total.warningCount > maxWarnings;
  if (tooManyWarnings) stderr.write(`guidelint: too many warnings (${total.warningCount}, maximum: ${maxWarnings})\n`);
  return total.errorCount > 0 || tooManyWarnings ? 1 : 0;
}
