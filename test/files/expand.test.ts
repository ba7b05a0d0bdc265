import { afterEach, describe, expect, it } from '@jest/globals';
import { chmod, mkdir, readdir, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { expandInputs, NoFilesError } from '../../src/files/expand.js';
import type { ExpandOptions, ExpandResult } from '../../src/files/expand.js';
import { fixedConfigIgnore } from '../../src/files/ignore.js';
import { makeTree, removeTree } from './tree.js';

const roots: string[] = [];
afterEach(async () => {
  await Promise.all(roots.splice(0).map(removeTree));
});

async function tree(files: Record<string, string>): Promise<string> {
  const root = await makeTree(files);
  roots.push(root);
  return root;
}

/** Expands with cwd = `root` and no config `ignore:` unless given, and gives file paths relative to `root`. */
async function expand(root: string, inputs: string[], options: Partial<ExpandOptions> = {}): Promise<Omit<ExpandResult, 'unmatched'>> {
  const result = await expandInputs(inputs, { cwd: root, configIgnore: fixedConfigIgnore(root, []), ...options });
  return { files: result.files.map((file) => file.slice(root.length + 1)), warnings: result.warnings };
}

async function expansionError(root: string, inputs: string[], options: Partial<ExpandOptions> = {}): Promise<NoFilesError> {
  const error = await expand(root, inputs, options).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(NoFilesError);
  return error as NoFilesError;
}

describe('expandInputs: folders, files and globs', () => {
  it('expands a folder to its Markdown files, sorted, with absolute paths', async () => {
    const root = await tree({
      'docs/b.md': '',
      'docs/a.MD': '',
      'docs/sub/c.markdown': '',
      'docs/.github/d.md': '',
      'docs/image.png': '',
      'docs/notes.txt': '',
    });
    const result = await expandInputs(['docs'], { cwd: root, configIgnore: fixedConfigIgnore(root, []) });
    expect(result).toEqual({
      files: ['docs/.github/d.md', 'docs/a.MD', 'docs/b.md', 'docs/sub/c.markdown'].map((file) => join(root, file)),
      warnings: [],
      unmatched: [],
    });
  });

  it('never enters node_modules or .git', async () => {
    const root = await tree({ 'a.md': '', 'node_modules/pkg/README.md': '', 'docs/node_modules/x.md': '', '.git/x.md': '' });
    expect(await expand(root, ['.'])).toEqual({ files: ['a.md'], warnings: [] });
    expect(await expand(root, ['**/*.md'])).toEqual({ files: ['a.md'], warnings: [] });
  });

  it('takes a named file whatever its extension, and each file once', async () => {
    const root = await tree({ 'docs/a.md': '', 'notes.txt': '' });
    expect(await expand(root, ['notes.txt', 'docs', 'docs/a.md', './docs/*.md'])).toEqual({
      files: ['docs/a.md', 'notes.txt'],
      warnings: [],
    });
  });

  it('matches globs relative to cwd, dot files included, only as deep as the glob reaches', async () => {
    const root = await tree({
      'docs/a.md': '',
      'docs/.hidden.md': '',
      'docs/x/README.md': '',
      'docs/x/y/README.md': '',
      'docs/x/y/other.md': '',
      'other/README.md': '',
    });
    expect((await expand(root, ['docs/*.md'])).files).toEqual(['docs/.hidden.md', 'docs/a.md']);
    expect((await expand(root, ['docs/**/README.md'])).files).toEqual(['docs/x/README.md', 'docs/x/y/README.md']);
    expect((await expand(root, ['*/README.md'])).files).toEqual(['other/README.md']);
    expect((await expand(root, ['{docs/x,other}/README.md'])).files).toEqual(['docs/x/README.md', 'other/README.md']);
    const outside = await expandInputs(['../other/*.md'], { cwd: join(root, 'docs'), configIgnore: fixedConfigIgnore(root, []) });
    expect(outside.files).toEqual([join(root, 'other/README.md')]);
  });

  it('keeps only the Markdown files a glob matches with markdownOnly (the config documents globs)', async () => {
    const root = await tree({ 'docs/a.md': '', 'docs/b.markdown': '', 'docs/logo.png': '', 'docs/sub/notes.txt': '' });
    expect((await expand(root, ['docs/**'])).files).toEqual(['docs/a.md', 'docs/b.markdown', 'docs/logo.png', 'docs/sub/notes.txt']);
    expect((await expand(root, ['docs/**'], { markdownOnly: true })).files).toEqual(['docs/a.md', 'docs/b.markdown']);
  });
});

describe('expandInputs: ignore files and the config', () => {
  it('reads the root .gitignore and nested ones, each relative to its folder, with negation', async () => {
    const root = await tree({
      '.gitignore': 'drafts/\n*.tmp.md\n',
      'a.md': '',
      'a.tmp.md': '',
      'drafts/d.md': '',
      'docs/drafts/d.md': '',
      'docs/.gitignore': '/private.md\n!keep.tmp.md\n',
      'docs/private.md': '',
      'docs/keep.tmp.md': '',
      'docs/sub/private.md': '',
    });
    expect((await expand(root, ['.'])).files).toEqual(['a.md', 'docs/keep.tmp.md', 'docs/sub/private.md']);
  });

  it('reads .gitignore files above cwd up to the repository root, but not above cwd outside a repository', async () => {
    const root = await tree({ '.gitignore': 'secret/\n', 'project/docs/a.md': '', 'project/docs/secret/s.md': '' });
    const cwd = join(root, 'project');
    expect((await expand(cwd, ['docs'])).files).toEqual(['docs/a.md', 'docs/secret/s.md']);
    await mkdir(join(root, '.git'));
    expect((await expand(cwd, ['docs'])).files).toEqual(['docs/a.md']);
  });

  it('respects .guidelintignore, which wins over .gitignore in the same folder', async () => {
    const root = await tree({
      '.gitignore': 'generated/\nold.md\n',
      '.guidelintignore': 'templates/\n!old.md\n',
      'old.md': '',
      'templates/t.md': '',
      'generated/g.md': '',
      'docs/a.md': '',
    });
    expect((await expand(root, ['.'])).files).toEqual(['docs/a.md', 'old.md']);
  });

  it('applies the config ignore globs relative to the config folder', async () => {
    const root = await tree({
      'proj/docs/templates/t.md': '',
      'proj/docs/a.md': '',
      'proj/docs/b.draft.md': '',
      'proj/drafts/x.md': '',
    });
    const cwd = join(root, 'proj/docs');
    const result = await expandInputs(['.'], {
      cwd,
      configIgnore: fixedConfigIgnore(join(root, 'proj'), ['docs/templates/**', '**/*.draft.md', 'drafts/']),
    });
    expect(result.files).toEqual([join(cwd, 'a.md')]);
    const error = await expansionError(cwd, ['../drafts'], { configIgnore: fixedConfigIgnore(join(root, 'proj'), ['drafts/']) });
    expect(error.message).toBe('all files matching "../drafts" are ignored');
  });

  it('skips a named file that is ignored, with a warning instead of an error', async () => {
    const root = await tree({
      '.gitignore': 'drafts/\n',
      'drafts/d.md': '',
      'docs/t.md': '',
      'node_modules/p/README.md': '',
      'ok.md': '',
    });
    expect(await expand(root, ['drafts/d.md', 'docs/t.md', 'node_modules/p/README.md', 'ok.md'], { configIgnore: fixedConfigIgnore(root, ['docs/t.md']) })).toEqual({
      files: ['ok.md'],
      warnings: [
        'drafts/d.md: file ignored because of a matching ignore pattern ("drafts/" in .gitignore)',
        'docs/t.md: file ignored because of a matching ignore pattern ("docs/t.md" in the config\'s ignore)',
        'node_modules/p/README.md: file ignored because of a matching ignore pattern (inside node_modules)',
      ],
    });
  });
});

describe('expandInputs: the command line’s exclusions and --no-ignore', () => {
  const exclude = (glob: string): { glob: string; source: string } => ({ glob, source: `"!${glob}" on the command line` });

  it('leaves out the files an exclusion matches, relative to cwd, and never enters a folder it matches', async () => {
    const root = await tree({ 'docs/a.md': '', 'docs/x/b.md': '', 'docs/x/y/c.md': '', 'docs/z/d.md': '', 'other/e.md': '' });
    expect((await expand(root, ['.'], { exclusions: [exclude('docs/x/**')] })).files).toEqual(['docs/a.md', 'docs/z/d.md', 'other/e.md']);
    expect((await expand(root, ['docs'], { exclusions: [exclude('docs/x'), exclude('**/d.md')] })).files).toEqual(['docs/a.md']);
    const inDocs = await expandInputs(['.'], { cwd: join(root, 'docs'), configIgnore: fixedConfigIgnore(root, []), exclusions: [exclude('x/')] });
    expect(inDocs.files).toEqual([join(root, 'docs/a.md'), join(root, 'docs/z/d.md')]);
  });

  it('skips a named file an exclusion matches with a warning saying which', async () => {
    const root = await tree({ 'docs/x/b.md': '', 'a.md': '' });
    expect(await expand(root, ['a.md', 'docs/x/b.md'], { exclusions: [exclude('docs/x/**')] })).toEqual({
      files: ['a.md'],
      warnings: ['docs/x/b.md: file ignored because of a matching ignore pattern ("!docs/x/**" on the command line)'],
    });
  });

  it('applies no ignore file and no config ignore with noIgnore, but still the exclusions and never node_modules', async () => {
    const root = await tree({
      '.gitignore': 'drafts/\n',
      '.guidelintignore': 'generated/\n',
      'drafts/d.md': '',
      'generated/g.md': '',
      'old/o.md': '',
      'skip/s.md': '',
      'node_modules/p/README.md': '',
      'a.md': '',
    });
    const options = { configIgnore: fixedConfigIgnore(root, ['old/']), exclusions: [exclude('skip/**')] };
    expect((await expand(root, ['.'], options)).files).toEqual(['a.md']);
    expect((await expand(root, ['.'], { ...options, noIgnore: true })).files).toEqual(['a.md', 'drafts/d.md', 'generated/g.md', 'old/o.md']);
  });
});

describe('expandInputs: patterns that match nothing', () => {
  it('throws NoFilesError for a missing file, an empty glob or a folder with no Markdown', async () => {
    const root = await tree({ 'docs/a.txt': '' });
    for (const input of ['missing.md', 'docs/*.md', 'docs', 'nowhere/**/*.md']) {
      const error = await expansionError(root, [input]);
      expect(error.message).toBe(`no files match "${input}"`);
      expect(error.pattern).toBe(input);
    }
  });

  it('says when everything a pattern matches is ignored', async () => {
    const root = await tree({ '.gitignore': '*.md\n', 'docs/a.md': '' });
    expect((await expansionError(root, ['docs'])).message).toBe('all files matching "docs" are ignored');
  });

  it('does not throw with errorOnUnmatchedPattern: false, but lists what matched nothing and why', async () => {
    const root = await tree({ 'a.md': '', 'docs/old/b.md': '' });
    const result = await expandInputs(['docs/rfcs/**/*.md', 'a.md', 'docs/old'], {
      cwd: root,
      configIgnore: fixedConfigIgnore(root, ['docs/old/']),
      errorOnUnmatchedPattern: false,
    });
    expect(result).toEqual({
      files: [join(root, 'a.md')],
      warnings: [],
      unmatched: [
        { input: 'docs/rfcs/**/*.md', why: 'none' },
        { input: 'docs/old', why: 'ignored' },
      ],
    });
  });
});

describe('expandInputs: links and unreadable folders', () => {
  it('follows symbolic links to files and folders, and warns about a loop instead of entering it', async () => {
    const root = await tree({ 'docs/a.md': '', 'shared/s.md': '', 'file.md': '' });
    await symlink('..', join(root, 'docs/loop'));
    await symlink('.', join(root, 'docs/self'));
    await symlink(join(root, 'shared'), join(root, 'docs/shared'));
    await symlink(join(root, 'file.md'), join(root, 'docs/linked.md'));
    await symlink(join(root, 'gone.md'), join(root, 'docs/dangling.md'));
    expect(await expand(root, ['docs'])).toEqual({
      files: ['docs/a.md', 'docs/linked.md', 'docs/shared/s.md'],
      warnings: ['docs/loop: symbolic link loop, not followed', 'docs/self: symbolic link loop, not followed'],
    });
  });

  it('warns about a folder it cannot read and goes on', async () => {
    const root = await tree({ 'docs/a.md': '', 'docs/private/p.md': '' });
    const locked = join(root, 'docs/private');
    await chmod(locked, 0o000);
    try {
      // As root (as in this project's CI container) mode 000 does not stop reading: nothing to warn about then.
      const readable = await readdir(locked).then(
        () => true,
        () => false,
      );
      const result = await expand(root, ['docs']);
      expect(result).toEqual(
        readable
          ? { files: ['docs/a.md', 'docs/private/p.md'], warnings: [] }
          : { files: ['docs/a.md'], warnings: ['docs/private: cannot read folder (EACCES), skipped'] },
      );
    } finally {
      await chmod(locked, 0o755);
    }
  });
});
