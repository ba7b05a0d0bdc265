/** ESLint-shaped lint results and the counts every reporter and the exit code read. */
import type { Coverage } from '../lint/coverage.js';
import type { Finding } from '../lint/types.js';

/** One checked file, in ESLint's result shape (`template` added: the name of the template it follows). */
export interface LintResult {
  /** Absolute path. */
  filePath: string;
  /** The template's name, or null when the file could not be read far enough to choose one. */
  template: string | null;
  messages: Finding[];
  errorCount: number;
  warningCount: number;
  fatalErrorCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /**
   * Where the document has its template's sections and fields (the conformance report reads it);
   * absent when the document was not checked. `--format json` leaves it out.
   */
  coverage?: Coverage;
}

export interface ProblemCounts {
  errorCount: number;
  warningCount: number;
  fatalErrorCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
}

/** Builds a result, counting its messages. */
export function makeResult(filePath: string, template: string | null, messages: Finding[], coverage?: Coverage | null): LintResult {
  const result: LintResult = { filePath, template, messages, ...countMessages(messages) };
  if (coverage) result.coverage = coverage;
  return result;
}

export function countMessages(messages: readonly Finding[]): ProblemCounts {
  const counts: ProblemCounts = {
    errorCount: 0,
    warningCount: 0,
    fatalErrorCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
  };
  for (const message of messages) {
    if (message.severity === 2) {
      counts.errorCount++;
      if (message.fix) counts.fixableErrorCount++;
    } else {
      counts.warningCount++;
      if (message.fix) counts.fixableWarningCount++;
    }
    if (message.fatal) counts.fatalErrorCount++;
  }
  return counts;
}

/** Sums the counts of several results. */
export function totalCounts(results: readonly LintResult[]): ProblemCounts {
  const total = countMessages([]);
  for (const result of results) {
    total.errorCount += result.errorCount;
    total.warningCount += result.warningCount;
    total.fatalErrorCount += result.fatalErrorCount;
    total.fixableErrorCount += result.fixableErrorCount;
    total.fixableWarningCount += result.fixableWarningCount;
  }
  return total;
}

/** `--quiet`: the same results with warnings removed (files without errors stay, with no messages). */
export function errorsOnly(results: readonly LintResult[]): LintResult[] {
  return results.map((result) =>
    result.warningCount === 0
      ? result
      : makeResult(
          result.filePath,
          result.template,
          result.messages.filter((message) => message.severity === 2),
          result.coverage,
        ),
  );
}

/** The fatal message for a document that cannot be read: ESLint's shape, one line, an error. */
export function fatalFinding(message: string, line = 1, column = 1): Finding {
  return { ruleId: null, severity: 2, fatal: true, message, line, column, endLine: line, endColumn: column };
}
