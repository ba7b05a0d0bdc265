/** Findings as LSP diagnostics: 0-based lines and UTF-16 characters, the rule id as code (linked to its page), source `guidelint`. */
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver/node';
import { ruleDocsUrl } from '../engine/rule-docs.js';
import type { Finding } from '../lint/types.js';

export const DIAGNOSTIC_SOURCE = 'guidelint';

/** A finding's place (1-based, end exclusive) as an LSP range (0-based, end exclusive). */
export function rangeOf(finding: Pick<Finding, 'line' | 'column' | 'endLine' | 'endColumn'>): Range {
  return {
    start: { line: finding.line - 1, character: finding.column - 1 },
    end: { line: finding.endLine - 1, character: finding.endColumn - 1 },
  };
}

/** A diagnostic; its code links to the rule's page in the repository (`codeDescription`), as ESLint's do. */
export function toDiagnostic(finding: Finding): Diagnostic {
  const href = finding.ruleId === null ? null : ruleDocsUrl(finding.ruleId);
  return {
    range: rangeOf(finding),
    severity: finding.severity === 2 ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    ...(finding.ruleId === null ? {} : { code: finding.ruleId }),
    ...(href === null ? {} : { codeDescription: { href } }),
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
  };
}
