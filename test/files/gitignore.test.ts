import { describe, expect, it } from '@jest/globals';
import { lastMatch, parseIgnoreFile, parseIgnoreLine } from '../../src/files/gitignore.js';

/** Whether `pattern` alone ignores `path` (relative to the ignore file's folder). */
function ignores(pattern: string, path: string, isDir = false): boolean {
  const parsed = parseIgnoreLine(pattern);
  if (parsed === null) throw new Error(`no pattern in ${JSON.stringify(pattern)}`);
  return lastMatch([parsed], path, isDir) !== undefined;
}

describe('gitignore patterns', () => {
  it.each([
    // [pattern, path, isDir, ignored]
    ['*.log', 'a.log', false, true],
    ['*.log', 'deep/er/a.log', false, true],
    ['*.log', 'a.log/x', false, false],
    ['drafts', 'drafts', true, true],
    ['drafts', 'docs/drafts', true, true],
    ['drafts/', 'docs/drafts', true, true],
    ['drafts/', 'docs/drafts', false, false],
    ['/drafts', 'drafts', true, true],
    ['/drafts', 'docs/drafts', true, false],
    ['docs/drafts', 'docs/drafts', true, true],
    ['docs/drafts', 'x/docs/drafts', true, false],
    ['docs/*.md', 'docs/a.md', false, true],
    ['docs/*.md', 'docs/sub/a.md', false, false],
    ['**/tmp', 'a/b/tmp', true, true],
    ['**/tmp', 'tmp', true, true],
    ['a/**/b', 'a/b', true, true],
    ['a/**/b', 'a/x/y/b', true, true],
    ['a/**', 'a/x/y', false, true],
    ['a/**', 'a', true, false],
    ['a**b.md', 'axyb.md', false, true],
    ['a**b.md', 'ax/yb.md', false, false],
    ['?.md', 'a.md', false, true],
    ['?.md', 'ab.md', false, false],
    ['[abc].md', 'b.md', false, true],
    ['[!abc].md', 'b.md', false, false],
    ['[!abc].md', 'd.md', false, true],
    ['[a-c].md', 'c.md', false, true],
    ['[].md', '[].md', false, true],
    ['\\#notes.md', '#notes.md', false, true],
    ['\\!important.md', '!important.md', false, true],
    ['a.md\\ ', 'a.md ', false, true],
    ['a.md   ', 'a.md', false, true],
    ['a.(md)', 'a.(md)', false, true],
    ['a+b.md', 'a+b.md', false, true],
    ['a+b.md', 'aab.md', false, false],
  ])('%j on %j (folder: %s) → %s', (pattern, path, isDir, ignored) => {
    expect(ignores(pattern, path, isDir)).toBe(ignored);
  });

  it('skips blank lines and comments, and reads negation', () => {
    expect(parseIgnoreLine('')).toBeNull();
    expect(parseIgnoreLine('   ')).toBeNull();
    expect(parseIgnoreLine('# comment')).toBeNull();
    expect(parseIgnoreLine('!keep.md')).toMatchObject({ negate: true, dirOnly: false, source: '!keep.md' });
    expect(parseIgnoreLine('build/')).toMatchObject({ negate: false, dirOnly: true, source: 'build/' });
  });

  it('lets the last matching pattern decide', () => {
    const patterns = parseIgnoreFile('*.md\n!keep.md\r\n# c\n\nkeep.md.bak\n');
    expect(patterns.map((pattern) => pattern.source)).toEqual(['*.md', '!keep.md', 'keep.md.bak']);
    expect(lastMatch(patterns, 'keep.md', false)?.source).toBe('!keep.md');
    expect(lastMatch(patterns, 'other.md', false)?.source).toBe('*.md');
    expect(lastMatch(patterns, 'other.txt', false)).toBeUndefined();
  });
});
