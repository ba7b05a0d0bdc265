/**
 * Progress on standard error for a long run: on a terminal only (a pseudo-terminal for the built
 * CLI, `script` from util-linux; an injected isTTY in process), never on a pipe or in CI.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile, spawnSync } from 'node:child_process';
import { PROGRESS_MIN_FILES } from '../../src/cli/progress.js';
import { builtCli, runNode } from '../built-cli.js';
import { makeTree, removeTree } from '../files/tree.js';
import { runCli } from './run-cli.js';

const TEMPLATE = '# [Project] Notes\n\n## Summary\n\n[Describe the project]\n';
const FILES = PROGRESS_MIN_FILES + 20;
/** What the last update and the clearing write: the count of every file, then spaces over it. */
const LAST = `\rguidelint: ${FILES}/${FILES} files\r${' '.repeat(`guidelint: ${FILES}/${FILES} files`.length)}\r`;

let root: string;
beforeAll(async () => {
  const docs: Record<string, string> = { 'tpl.md': TEMPLATE };
  for (let i = 0; i < FILES; i++) docs[`docs/${String(i).padStart(3, '0')}.md`] = `# Doc ${i} Notes\n\n## Summary\n\nText.\n`;
  docs['few/a.md'] = docs['docs/000.md']!;
  root = await makeTree(docs);
});
afterAll(() => removeTree(root));

describe('progress, in process', () => {
  const check = (args: string[], stderrTty: boolean, env: Record<string, string> = {}) =>
    runCli(['-t', 'tpl.md', ...args], { cwd: root, stderrTty, env });

  it('counts files done of the total on a terminal, in place, and clears the line', async () => {
    const run = await check(['docs'], true);
    expect(run.code).toBe(0);
    expect(run.stderr.startsWith('\rguidelint: 2/120 files\rguidelint: 4/120 files')).toBe(true);
    expect(run.stderr.endsWith(LAST)).toBe(true);
    expect(run.stderr).not.toContain('\n');
  });

  it('shows nothing on a pipe, in CI, or for a short run', async () => {
    expect((await check(['docs'], false)).stderr).toBe('');
    expect((await check(['docs'], true, { CI: 'true' })).stderr).toBe('');
    expect((await check(['few'], true)).stderr).toBe('');
    expect((await check(['docs'], true, { CI: 'false' })).stderr.endsWith(LAST)).toBe(true);
  });
});

const hasScript = spawnSync('script', ['--version']).status === 0;

describe(`progress, the built CLI${hasScript ? '' : ' (skipped: no `script` command)'}`, () => {
  const bin = builtCli();

  /** Runs the CLI in a pseudo-terminal (standard output and error both on it), `ci` as CI; resolves with what it printed. */
  function onTerminal(ci: string | null): Promise<string> {
    const command = [process.execPath, bin, '-t', 'tpl.md', 'docs'].map((word) => `'${word}'`).join(' ');
    const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'CI'));
    const env = { ...inherited, NODE_OPTIONS: '', ...(ci === null ? {} : { CI: ci }) };
    return new Promise((resolve, reject) => {
      execFile('script', ['-qec', command, '/dev/null'], { cwd: root, env }, (error, stdout) => {
        if (error) reject(error);
        else resolve(stdout);
      });
    });
  }

  (hasScript ? it : it.skip)('shows progress on a terminal, not in CI', async () => {
    expect(await onTerminal(null)).toContain(LAST);
    expect(await onTerminal('1')).not.toContain('guidelint: ');
  }, 30_000);

  it('shows none on a pipe', async () => {
    const run = await runNode(bin, ['-t', 'tpl.md', 'docs'], root);
    expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
  }, 30_000);
});
