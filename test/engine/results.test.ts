import { describe, expect, it } from '@jest/globals';
import { errorsOnly, fatalFinding, makeResult, totalCounts } from '../../src/engine/results.js';
import type { Finding } from '../../src/lint/types.js';

const finding = (severity: 1 | 2, fixable: boolean): Finding => ({
  ruleId: 'placeholder',
  severity,
  message: 'm',
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 2,
  ...(fixable ? { fix: { range: [0, 1] as [number, number], text: '' } } : {}),
});

describe('results', () => {
  it('counts errors, warnings, fatal and fixable messages', () => {
    const messages = [finding(2, true), finding(2, false), finding(1, true), fatalFinding('x')];
    expect(makeResult('/a.md', 't', messages)).toEqual({
      filePath: '/a.md',
      template: 't',
      messages,
      errorCount: 3,
      warningCount: 1,
      fatalErrorCount: 1,
      fixableErrorCount: 1,
      fixableWarningCount: 1,
    });
  });

  it('sums counts and drops warnings for --quiet', () => {
    const results = [makeResult('/a.md', 't', [finding(2, false), finding(1, false)]), makeResult('/b.md', 't', [finding(1, true)])];
    expect(totalCounts(results)).toEqual({
      errorCount: 1,
      warningCount: 2,
      fatalErrorCount: 0,
      fixableErrorCount: 0,
      fixableWarningCount: 1,
    });
    const quiet = errorsOnly(results);
    expect(quiet.map((result) => [result.messages.length, result.errorCount, result.warningCount])).toEqual([
      [1, 1, 0],
      [0, 0, 0],
    ]);
  });

  it('makes fatal messages in ESLint shape', () => {
    expect(fatalFinding('Broken', 3, 4)).toEqual({
      ruleId: null,
      severity: 2,
      fatal: true,
      message: 'Broken',
      line: 3,
      column: 4,
      endLine: 3,
      endColumn: 4,
    });
  });
});
