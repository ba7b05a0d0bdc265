import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { lastMatch, parseIgnoreFile, parseIgnoreLine, readBracket } from '../../src/files/gitignore.js';

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

/**
 * The RegExp a pattern's body was translated to before the matcher replaced it (issue 17.6): the
 * matcher must answer as it did, only without its worst case.
 */
function referenceRegExp(pattern: string): RegExp {
  let body = pattern.replace(/(?<!\\)\s+$/, '');
  if (body.endsWith('/') && !body.endsWith('\\/')) body = body.slice(0, -1);
  const anchored = body.includes('/');
  if (body.startsWith('/')) body = body.slice(1);
  const source = globToRegExpSource(body);
  return new RegExp(anchored ? `^${source}$` : `^(?:.*/)?${source}$`);
}

function globToRegExpSource(glob: string): string {
  let out = '';
  let i = 0;
  while (i < glob.length) {
    const char = glob[i]!;
    if (char === '*' && glob[i + 1] === '*') {
      const atStart = i === 0 || glob[i - 1] === '/';
      const end = i + 2;
      if (atStart && glob[end] === '/') {
        out += '(?:.*/)?'; // `**/`: zero or more folders
        i = end + 1;
        continue;
      }
      if (atStart && end === glob.length) {
        out += '.*'; // trailing `/**`: everything inside
        i = end;
        continue;
      }
      out += '[^/]*'; // any other `**` is an ordinary `*`
      i = end;
      continue;
    }
    if (char === '*') out += '[^/]*';
    else if (char === '?') out += '[^/]';
    else if (char === '[') {
      const bracket = readBracket(glob, i);
      if (bracket === null) out += '\\[';
      else {
        out += bracket.source;
        i = bracket.end;
        continue;
      }
    } else if (char === '\\' && i + 1 < glob.length) {
      out += escapeChar(glob[i + 1]!);
      i += 2;
      continue;
    } else out += escapeChar(char);
    i++;
  }
  return out;
}
function escapeChar(char: string): string {
  return char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

describe('gitignore matching', () => {
  const pieces = ['a', 'b', '.md', '/', '*', '**', '?', '[a-c]', '[!a]', '[/]', '[', ']', '\\*', '\n', '\u2028', ' ', '😀'];
  const glob = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 8 }).map((parts) => parts.join(''));
  const path = fc.array(fc.constantFrom('a', 'b', '.md', '/', 'ab/', '*', '[', '\n', '😀', 'c'), { maxLength: 12 }).map((parts) => parts.join(''));

  it('answers as the RegExp it replaced', () => {
    fc.assert(
      fc.property(glob, path, (pattern, subject) => {
        const parsed = parseIgnoreLine(pattern);
        fc.pre(parsed !== null && !parsed.negate);
        expect([pattern, subject, parsed!.matches(subject)]).toEqual([pattern, subject, referenceRegExp(pattern).test(subject)]);
      }),
      { numRuns: 2_000 },
    );
  });

  it('matches many stars against a long name in linear time', () => {
    // The RegExp took minutes here: every way of sharing the name between the stars.
    const pattern = parseIgnoreLine('*a*a*a*a*a*a*a*a*b')!;
    expect(pattern.matches(`docs/${'a'.repeat(250)}.md`)).toBe(false);
    expect(pattern.matches(`docs/${'a'.repeat(250)}b`)).toBe(true);
  });
});
