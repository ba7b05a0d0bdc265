/**
 * `--shard i/n` in process (which files a shard checks is the CLI's decision, no process's), and
 * the README's matrix workflow as CI runs it: its shell commands, with the built CLI.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { LintResult } from '../../src/engine/results.js';
import { builtCli, type ProcessRun } from '../built-cli.js';
import { runCli } from './run-cli.js';
import { shardFixture, writeIn } from './shard-fixture.js';

const bin = builtCli();
let repo: string;

beforeAll(() => {
  repo = shardFixture();
});

afterAll(() => rmSync(repo, { recursive: true, force: true }));

async function jsonRun(args: readonly string[], cwd = repo): Promise<{ code: number; results: LintResult[] }> {
  const { code, stdout, stderr } = await runCli(['--format', 'json', ...args], { cwd });
  expect(stderr).toBe('');
  return { code, results: JSON.parse(stdout) as LintResult[] };
}

const SHARDS = ['1/4', '2/4', '3/4', '4/4'];

describe('check --shard i/n', () => {
  it('splits the run: every file in exactly one shard, the union of the findings that of the whole run', async () => {
    const whole = await jsonRun([]);
    const shards = await Promise.all(SHARDS.map((shard) => jsonRun(['--shard', shard])));
    const files = shards.flatMap(({ results }) => results.map((result) => result.filePath));

    expect(whole.results).toHaveLength(21);
    expect(files).toHaveLength(21);
    expect(new Set(files).size).toBe(21);
    expect(shards.map(({ results }) => results.length)).toEqual([4, 5, 5, 7]);
    const union = shards.flatMap(({ results }) => results).sort((a, b) => (a.filePath < b.filePath ? -1 : 1));
    expect(union).toEqual(whole.results);
    // The whole run has errors; the shards' exit codes are each their own part's.
    expect(whole.code).toBe(1);
    for (const { code, results } of shards) expect(code).toBe(results.some((result) => result.errorCount > 0) ? 1 : 0);
  });

  it('keeps a file in its shard when files are added', async () => {
    const grown = shardFixture();
    try {
      const before = await Promise.all(SHARDS.map((shard) => jsonRun(['--shard', shard], grown)));
      for (let n = 1; n <= 10; n++) writeIn(grown, `docs/added/new-${n}.md`, '# Added Notes\n');
      const after = await Promise.all(SHARDS.map((shard) => jsonRun(['--shard', shard], grown)));
      for (const [index, { results }] of before.entries()) {
        const kept = after[index]!.results.map((result) => result.filePath);
        expect(kept).toEqual(expect.arrayContaining(results.map((result) => result.filePath)));
      }
      expect(after.flatMap(({ results }) => results)).toHaveLength(31);
    } finally {
      rmSync(grown, { recursive: true, force: true });
    }
  });

  it('says so of a shard that holds none of the files, and passes', async () => {
    const single = mkdtempSync(join(tmpdir(), 'guidelint-shard-one-'));
    try {
      writeIn(single, 'notes.md', '# Alpha\n');
      const runs = await Promise.all(SHARDS.map((shard) => runCli(['--template', 'design-doc', '--shard', shard], { cwd: single })));
      const empty = runs.filter((run) => run.stdout === '');
      expect(empty).toHaveLength(3);
      for (const run of empty) {
        expect(run.code).toBe(0);
        expect(run.stderr).toMatch(/^guidelint: shard [1-4]\/4 holds none of the run's 1 file to check\n$/u);
      }
    } finally {
      rmSync(single, { recursive: true, force: true });
    }
  });

  it.each(['0/4', '5/4', 'x', '1/0', '1/', '-1/4'])('refuses --shard %s with one line, exit 2', async (value) => {
    expect(await runCli([`--shard=${value}`], { cwd: repo })).toEqual({
      code: 2,
      stdout: '',
      stderr: `guidelint: --shard must be i/n with 1 ≤ i ≤ n (--shard 1/4), not "${value}"\n`,
    });
  });

  it.each([
    ['--stdin', '--shard splits the files of a run, not standard input'],
    ['--watch', '--watch cannot be used with --shard'],
  ])('refuses --shard with %s', async (option, message) => {
    expect(await runCli([option, '--shard', '1/2'], { cwd: repo })).toEqual({ code: 2, stdout: '', stderr: `guidelint: ${message}\n` });
  });
});

/** The README's matrix workflow: each job's `run:` steps, `npx guidelint` being the built CLI. */
function readmeWorkflow(): { shard: string[]; merge: string[] } {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('### Sharding across CI machines'));
  const start = section.indexOf('```yaml\n') + '```yaml\n'.length;
  const workflow = parse(section.slice(start, section.indexOf('```', start))) as {
    jobs: Record<string, { steps: { run?: string }[] }>;
  };
  const runs = (job: string): string[] =>
    workflow.jobs[job]!.steps.flatMap((step) => (step.run === undefined ? [] : [step.run.replaceAll('npx guidelint', `node "${bin}"`)]));
  return { shard: runs('guidelint'), merge: runs('guidelint-report') };
}

function shell(command: string, cwd: string): Promise<ProcessRun> {
  return new Promise((resolve) => {
    execFile('sh', ['-c', command], { cwd, env: { ...process.env, NODE_OPTIONS: '' } }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : Number(error.code), stdout, stderr });
    });
  });
}

describe("the README's GitHub Actions matrix", () => {
  it("passes the shard jobs on findings and fails the merge job as the whole run fails, having written the whole run's SARIF log", async () => {
    const { shard, merge } = readmeWorkflow();
    expect(shard).toHaveLength(1);
    expect(merge).toHaveLength(1);
    const jobs = [1, 2, 3, 4].map((number) => shell(shard[0]!.replaceAll('${{ matrix.shard }}', String(number)), repo));
    expect(await Promise.all(jobs)).toEqual(Array(4).fill({ code: 0, stdout: '', stderr: '' }));
    expect(await shell(merge[0]!, repo)).toEqual({ code: 1, stdout: '', stderr: '' });
    const whole = await runCli(['--format', 'sarif'], { cwd: repo });
    expect(whole.code).toBe(1);
    expect(readFileSync(join(repo, 'guidelint.sarif'), 'utf8')).toBe(whole.stdout);
  });
});
