import { describe, expect, it } from '@jest/globals';
import { escapeData, escapeProperty, formatGithub } from '../../src/report/github.js';
import { CONTEXT, RESULTS } from './results.js';

describe('github', () => {
  it('writes one workflow command per finding, paths relative to the repository root', () => {
    expect(formatGithub(RESULTS, { ...CONTEXT, cwd: '/repo/docs' }).split('\n')).toEqual([
      '::error file=docs/my design.md,line=40,col=1,endLine=40,endColumn=1,title=guidelint (required-section)::Missing required section "## Security Considerations" (design-doc), expected after "## Performance Considerations"',
      '::error file=docs/my design.md,line=3,col=15,endLine=3,endColumn=36,title=guidelint (field-value)::Field "Status": "50%25 done, maybe:%0Alater" is not one of Draft, Planning',
      '::warning file=docs/my design.md,line=12,col=1,endLine=12,endColumn=20,title=guidelint (required-label)::Missing label "**Goals:**" in "## Problem Statement" <design-doc> & more',
      '::error file=docs/image.md,line=1,col=1,endLine=1,endColumn=1,title=guidelint::File is binary (NUL byte at offset 3)',
      '::warning file=docs/warn.md,line=7,col=1,endLine=9,endColumn=4,title=guidelint (required-label)::Missing label "**Verification:**" in "### Step 1"',
      '',
    ]);
  });

  it('escapes as GitHub reads commands: data %, CR, LF; properties also : and ,', () => {
    expect(escapeData('100%: a,b\r\nc')).toBe('100%25: a,b%0D%0Ac');
    expect(escapeProperty('docs/a:b,c%.md\n')).toBe('docs/a%3Ab%2Cc%25.md%0A');
  });

  it('prints nothing for clean results', () => {
    expect(formatGithub(RESULTS.slice(0, 1), CONTEXT)).toBe('');
  });
});
