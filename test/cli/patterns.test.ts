/**
 * Which files a run checks, from the command line: `!`/`#` patterns, `--ignore-pattern`,
 * `--no-ignore`, a config `documents` glob that matches nothing, and a run that checks nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import type { LintResult } from '../../src/engine/results.js';
import { makeTree, removeTree } from '../files/tree.js';
import { runCli } from './run-cli.js';

const TEMPLATE = '# [Project] Notes\n\n## Summary\n\n[Describe the project]\n';
const GOOD = '# Alpha Notes\n\n## Summary\n\nAlpha sorts things.\n';
/** No Summary: one error. */
const BAD = '# Beta Notes\n';

let root: string;
let bare: string;

beforeAll(async () => {
  root = await makeTree({
    '.guidelintrc.yaml': 'documents:\n  - { files: "docs/**/*.md", template: tpl.md }\n  - { files: "rfcs/*.md", template: tpl.md }\n',
    '.gitignore': 'docs/generated/\n',
    'tpl.md': TEMPLATE,
    'docs/a.md': GOOD,
    'docs/x/b.md': BAD,
    'docs/generated/c.md': BAD,
    'notes/readme.md': '# Anything\n',
    'empty/.guidelintrc.yaml': 'documents:\n  - { files: "docs/*.md", template: ../tpl.md }\n',
  });
  // No config anywhere above it (a temporary folder), and no document that follows a template.
  bare = await makeTree({ 'readme.md': '# Anything\n' });
});

afterAll(async () => {
  await removeTree(root);
  await removeTree(bare);
});

const checked = (stdout: string): string[] =>
  (JSON.parse(stdout) as LintResult[]).map((result) => result.filePath.slice(root.length + 1));

describe('patterns that leave files out', () => {
  it('`!glob` and `#glob` exclude the files they match, instead of checking them', async () => {
    for (const exclusion of ['!docs/x/**', '#docs/x', '!docs/x/']) {
      const run = await runCli(['-f', 'json', 'docs', exclusion], { cwd: root });
      expect([run.code, checked(run.stdout), run.stderr]).toEqual([0, ['docs/a.md'], '']);
    }
  });

  it('with only exclusions, checks the config documents but those', async () => {
    const run = await runCli(['-f', 'json', '!docs/x/**'], { cwd: root });
    expect([run.code, checked(run.stdout)]).toEqual([0, ['docs/a.md']]);
  });

  it('--ignore-pattern leaves files out; --no-ignore applies neither it nor .gitignore', async () => {
    const ignoring = await runCli(['-f', 'json', '--ignore-pattern', 'docs/x/**', 'docs'], { cwd: root });
    expect([ignoring.code, checked(ignoring.stdout)]).toEqual([0, ['docs/a.md']]);
    const all = await runCli(['-f', 'json', '--no-ignore', '--ignore-pattern', 'docs/x/**', 'docs'], { cwd: root });
    expect([all.code, checked(all.stdout)]).toEqual([1, ['docs/a.md', 'docs/generated/c.md', 'docs/x/b.md']]);
  });
});

describe('runs that find nothing to check', () => {
  it('warns about a documents glob that matches no file, naming the entry', async () => {
    const run = await runCli(['-f', 'json'], { cwd: root });
    expect(run.stderr).toBe('guidelint: warning: .guidelintrc.yaml: documents[1].files: no files match "rfcs/*.md"\n');
    expect([run.code, checked(run.stdout)]).toEqual([1, ['docs/a.md', 'docs/x/b.md']]);
  });

  it('exits 2 when a run without arguments checks no file, and says why; 0 with --no-error-on-unmatched-pattern', async () => {
    expect(await runCli([], { cwd: join(root, 'empty') })).toEqual({
      code: 2,
      stdout: '',
      stderr: [
        'guidelint: warning: .guidelintrc.yaml: documents[0].files: no files match "docs/*.md"',
        'guidelint: no Markdown file to check',
        '',
      ].join('\n'),
    });
    expect(await runCli([], { cwd: bare })).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'guidelint: nothing was checked: no config file says which template the documents follow (`guidelint init` writes one; or pass --template <name>)\n',
    });
    const allowed = await runCli(['--no-error-on-unmatched-pattern'], { cwd: bare });
    expect([allowed.code, allowed.stderr]).toEqual([0, expect.stringContaining('guidelint: nothing was checked: ')]);
  });

  it('exits 0 for files given explicitly that follow no template (a pre-commit hook passes them all)', async () => {
    expect(await runCli(['notes/readme.md'], { cwd: root })).toEqual({
      code: 0,
      stdout: '',
      stderr: 'guidelint: no file follows a template, nothing was checked (--verbose says why each file was skipped)\n',
    });
  });

  it('makes a pattern that matches nothing a warning with --no-error-on-unmatched-pattern', async () => {
    expect((await runCli(['rfcs/*.md', 'docs/a.md'], { cwd: root })).code).toBe(2);
    const run = await runCli(['--no-error-on-unmatched-pattern', 'rfcs/*.md', 'docs/a.md'], { cwd: root });
    expect([run.code, run.stderr]).toEqual([0, 'guidelint: warning: no files match "rfcs/*.md"\n']);
  });
});
