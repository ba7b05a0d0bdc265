/**
 * The README's "First run", as a newcomer runs it in a fresh clone: its command, with the built
 * CLI, on files git tracks, prints the report the README shows and exits as the README says.
 */
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { builtCli, runNode } from '../built-cli.js';
import { readmeBlocks, readmeSection } from './readme.js';

const project = fileURLToPath(new URL('../../', import.meta.url));

/** The first ```sh block's one command, split into words (it has no quotes). */
function firstRunCommand(): string[] {
  const [block] = readmeBlocks('First run', 'sh');
  const lines = (block ?? '').trim().split('\n');
  if (lines.length !== 1 || /["'\\]/u.test(lines[0]!)) throw new Error(`expected one unquoted command, found:\n${block}`);
  return lines[0]!.split(/\s+/u);
}

describe('README, First run', () => {
  const bin = builtCli();

  it('runs `npx guidelint …` on tracked files: the README’s report and exit code', async () => {
    const [npx, command, ...args] = firstRunCommand();
    expect([npx, command]).toEqual(['npx', 'guidelint']);
    const files = args.filter((arg) => arg.endsWith('.md'));
    expect(files.length).toBeGreaterThan(0);
    // A fresh clone has only what git tracks (the command fails here when the file is not committed).
    execFileSync('git', ['ls-files', '--error-unmatch', ...files], { cwd: project, stdio: 'pipe' });

    const run = await runNode(bin, args, project);
    const [report] = readmeBlocks('First run', 'text');
    expect(run.stdout.trim()).toBe(report?.trim());
    expect(run.stderr).toBe('');
    const exitCode = /The exit code is (\d)/u.exec(readmeSection('First run'))?.[1];
    expect(run.code).toBe(Number(exitCode));
  }, 30_000);
});
