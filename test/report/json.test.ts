import { describe, expect, it } from '@jest/globals';
import { formatJson } from '../../src/report/json.js';
import { CONTEXT, RESULTS } from './results.js';

describe('json', () => {
  it("is ESLint's result array on one line, every file included", () => {
    const output = formatJson(RESULTS, CONTEXT);
    expect(output.endsWith('\n')).toBe(true);
    expect(output.trimEnd().includes('\n')).toBe(false);
    expect(JSON.parse(output)).toEqual(RESULTS);
    expect(JSON.parse(output)[0]).toEqual({
      filePath: '/repo/docs/clean.md',
      template: 'design-doc',
      messages: [],
      errorCount: 0,
      warningCount: 0,
      fatalErrorCount: 0,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
    });
  });
});
