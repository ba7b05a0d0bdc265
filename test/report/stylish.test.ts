import { describe, expect, it } from '@jest/globals';
import { makeResult } from '../../src/engine/results.js';
import { formatStylish } from '../../src/report/stylish.js';
import { CONTEXT, RESULTS } from './results.js';

const PLAIN = [
  '',
  'docs/my design.md',
  '  40:1   error    Missing required section "## Security Considerations" (design-doc), expected after "## Performance Considerations"  required-section',
  '   3:15  error    Field "Status": "50% done, maybe: later" is not one of Draft, Planning                                              field-value',
  '  12:1   warning  Missing label "**Goals:**" in "## Problem Statement" <design-doc> & more                                            required-label',
  '',
  'docs/image.md',
  '  1:1  error  File is binary (NUL byte at offset 3)',
  '',
  'docs/warn.md',
  '  7:1  warning  Missing label "**Verification:**" in "### Step 1"  required-label',
  '',
  '✖ 5 problems (3 errors, 2 warnings)',
  '  1 error and 0 warnings potentially fixable with the `--fix` option.',
  '',
].join('\n');

describe('stylish', () => {
  it('lists each file with problems, its messages aligned, then the summary and the fixable line', () => {
    expect(formatStylish(RESULTS, CONTEXT)).toBe(PLAIN);
  });

  it('colours the same text when asked to', () => {
    const colored = formatStylish(RESULTS, { ...CONTEXT, color: true });
    expect(colored.replace(/\u001b\[\d+m/g, '')).toBe(PLAIN);
    expect(colored).toContain('\u001b[4mdocs/my design.md\u001b[24m');
    expect(colored).toContain('\u001b[33mwarning\u001b[39m');
    expect(colored).toContain('\u001b[31m\u001b[1m✖ 5 problems (3 errors, 2 warnings)\u001b[22m\u001b[39m');
  });

  it('prints nothing when there is no problem', () => {
    expect(formatStylish([makeResult('/repo/a.md', 'design-doc', [])], CONTEXT)).toBe('');
  });

  it('has a yellow summary and no fixable line when there are only warnings', () => {
    const warningsOnly = RESULTS.filter((result) => result.filePath === '/repo/docs/warn.md');
    expect(formatStylish(warningsOnly, { ...CONTEXT, color: true }).split('\n').slice(-2)).toEqual([
      '\u001b[33m\u001b[1m✖ 1 problem (0 errors, 1 warning)\u001b[22m\u001b[39m',
      '',
    ]);
  });
});
