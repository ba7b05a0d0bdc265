/** Which globs guidelint refuses, and how a message shows one. */

import { describe, expect, it } from '@jest/globals';
import { DEEPEST_GLOB_NESTING, globProblem, MOST_GLOB_GROUPS, MOST_WILDCARDS_PER_NAME, quotedGlob } from '../../src/files/glob-limits.js';

const nested = (depth: number): string => {
  let glob = 'a';
  for (let level = 0; level < depth; level++) glob = `@(${glob}|b)`;
  return glob;
};

describe('globProblem', () => {
  it('takes real globs, escaped delimiters and groups up to the limits', () => {
    for (const glob of ['docs/**/*.md', '!(draft-*).md', 'docs/{adr,rfc}/[0-9]*.md', `${'\\('.repeat(40)}.md`, nested(DEEPEST_GLOB_NESTING), '{a,b}'.repeat(MOST_GLOB_GROUPS)]) {
      expect([glob, globProblem(glob)]).toEqual([glob, null]);
    }
  });

  it(`takes up to ${MOST_WILDCARDS_PER_NAME} wildcards in one name, and more across names`, () => {
    for (const glob of ['docs/*-*-*.md', 'docs/**/*.md', '**/*a*/*b*/*c*/**/*d*.md', 'docs/[*][*][*][*]*.md', 'docs/\\*\\*\\*\\*a*.md', 'docs/***a**b*.md']) {
      expect([glob, globProblem(glob)]).toEqual([glob, null]);
    }
  });

  it('refuses a name with more wildcards, which a long file name would take seconds to fail', () => {
    expect(globProblem('docs/*a*a*a*b.md')).toBe('has 4 wildcards in one name (at most 3)');
    expect(globProblem('*(a)*(a)*(a)+(a)b/x.md')).toBe('has 4 wildcards in one name (at most 3)');
  });

  it('refuses groups nested too deep, too many groups, and what picomatch cannot read', () => {
    expect(globProblem(nested(DEEPEST_GLOB_NESTING + 1))).toBe('nests groups 33 deep (at most 32)');
    expect(globProblem('{a,b}'.repeat(MOST_GLOB_GROUPS + 1))).toBe('has 257 groups (at most 256)');
    expect(globProblem('a'.repeat(70_000))).toBe('cannot be read: Input length: 70000, exceeds maximum allowed length: 65536');
  });
});

describe('quotedGlob', () => {
  it('quotes a glob, its middle left out when it is long', () => {
    expect(quotedGlob('docs/*.md')).toBe('"docs/*.md"');
    expect(quotedGlob(`docs/${'x'.repeat(100)}/*.md`)).toBe(`"docs/${'x'.repeat(35)}…${'x'.repeat(10)}/*.md"`);
  });
});
