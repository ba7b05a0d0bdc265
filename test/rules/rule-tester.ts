/**
 * A small RuleTester in ESLint's spirit: a rule, a template (compiled with the real compiler) and
 * valid and invalid documents (parsed with the remark front-end); each invalid case lists the exact
 * findings of that rule alone, and may give the source after its fixes (`output`) and suggestions.
 */

import { describe, expect, it } from '@jest/globals';
import type { Rule } from '../../src/lint/rule.js';
import type { Fix, Report } from '../../src/lint/types.js';
import { matchOutline } from '../../src/match/match-outline.js';
import { outlineFromRemark } from '../../src/outline/from-remark.js';
import { compileTemplate } from '../../src/template/compile.js';
import type { ExternalHints } from '../../src/template/compile.js';
import type { GuideSchema } from '../../src/template/schema.js';

/** A document: its lines (joined with "\n", with a final line break), or the exact source. */
export type Source = string[] | string;

export interface ExpectedFinding {
  line: number;
  column: number;
  message: string;
  endLine?: number;
  endColumn?: number;
}

export interface InvalidCase {
  name?: string;
  code: Source;
  errors: ExpectedFinding[];
  /** The source after applying every report's fix (as ESLint's RuleTester `output`); null: no fix at all. */
  output?: Source | null;
  /** Per report with suggestions: the source after each suggestion, in order. */
  suggestionOutputs?: Source[][];
}

export interface RuleTestSpec {
  /** The template's lines or source; compiled under the name `example`. */
  template: Source;
  /** What the config says about the template (`sections:`, `fields:`, `fieldOrder`). */
  external?: ExternalHints;
  /** The rule's options (ESLint's `[severity, options]`). */
  options?: Readonly<Record<string, unknown>>;
  valid: Source[];
  invalid: InvalidCase[];
}

export function sourceOf(source: Source): string {
  return typeof source === 'string' ? source : `${source.join('\n')}\n`;
}

export function compileExample(template: Source, external?: ExternalHints): GuideSchema {
  return compileTemplate(sourceOf(template), { name: 'example', ...(external ? { external } : {}) });
}

/** The reports of one rule alone on one document. */
export function runRule(rule: Rule, schema: GuideSchema, source: string, options: Readonly<Record<string, unknown>> = {}): Report[] {
  const outline = outlineFromRemark(source);
  const reports: Report[] = [];
  rule.check({ outline, schema, match: matchOutline(outline, schema), options, report: (report) => reports.push(report) });
  return reports.sort((a, b) => a.line - b.line || a.column - b.column);
}

/**
 * Applies non-overlapping fixes from the start of the source, as `--fix` does in one pass; an edit
 * that several reports share (the task items missing at one place) goes in once.
 */
export function applyFixes(source: string, fixes: readonly Fix[]): string {
  let output = '';
  let at = 0;
  const sorted = [...new Set(fixes)].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  for (const fix of sorted) {
    if (fix.range[0] < at) continue;
    output += source.slice(at, fix.range[0]) + fix.text;
    at = fix.range[1];
  }
  return output + source.slice(at);
}

function shape(report: Report, expected: ExpectedFinding): ExpectedFinding {
  const actual: ExpectedFinding = { line: report.line, column: report.column, message: report.message };
  if (expected.endLine !== undefined) actual.endLine = report.endLine;
  if (expected.endColumn !== undefined) actual.endColumn = report.endColumn;
  return actual;
}

export function testRule(rule: Rule, spec: RuleTestSpec): void {
  describe(rule.meta.id, () => {
    const schema = compileExample(spec.template, spec.external);
    describe('valid', () => {
      spec.valid.forEach((code, index) => {
        it(`valid #${index + 1}`, () => {
          expect(runRule(rule, schema, sourceOf(code), spec.options)).toEqual([]);
        });
      });
    });
    describe('invalid', () => {
      spec.invalid.forEach((testCase, index) => {
        it(testCase.name ?? `invalid #${index + 1}`, () => {
          const source = sourceOf(testCase.code);
          const reports = runRule(rule, schema, source, spec.options);
          expect(reports.map((report, position) => shape(report, testCase.errors[position] ?? report))).toEqual(testCase.errors);
          if (testCase.output !== undefined) {
            const fixes = reports.flatMap((report) => (report.fix ? [report.fix] : []));
            expect(testCase.output === null ? fixes : applyFixes(source, fixes)).toEqual(
              testCase.output === null ? [] : sourceOf(testCase.output),
            );
          }
          if (testCase.suggestionOutputs !== undefined) {
            const outputs = reports
              .filter((report) => report.suggestions)
              .map((report) => report.suggestions!.map((suggestion) => applyFixes(source, [suggestion.fix])));
            expect(outputs).toEqual(testCase.suggestionOutputs.map((list) => list.map(sourceOf)));
          }
        });
      });
    });
  });
}
