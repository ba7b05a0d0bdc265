/** Findings as LSP diagnostics: 0-based lines and UTF-16 characters, the rule id as code, source `guidelint`. */
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver/node';
import type { Finding } from '../lint/types.js';

export const DIAGNOSTIC_SOURCE = 'guidelint';

/** A finding's place (1-based, end exclusive) as an LSP range (0-based, end exclusive). */
export function rangeOf(finding: Pick<Finding, 'line' | 'column' | 'endLine' | 'endColumn'>): Range {
  return {
    start: { line: finding.line - 1, character: finding.column - 1 },
    end: { line: finding.endLine - 1, character: finding.endColumn - 1 },
  };
}

export function toDiagnostic(finding: Finding): Diagnostic {
  return {
    range: rangeOf(finding),
    severity: finding.severity === 2 ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    ...(finding.ruleId === null ? {} : { code: finding.ruleId }),
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
  };
}
