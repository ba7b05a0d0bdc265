import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LintResult } from '../../src/engine/results.js';
import { buildCli, runNode } from '../engine/workers-cli.js';
import { shardFixture, writeIn } from './shard-fixture.js';

let build: string;
let bin: string;
let repo: string;

beforeAll(() => {
  build = mkdtempSync(join(tmpdir(), 'guidelint-shard-build-'));
  bin = buildCli(build);
  repo = shardFixture();
});

afterAll(() => {
  rmSync(build, { recursive: true, force: true });
  rmSync(repo, { recursive: true, force: true });
});

async function jsonRun(args: readonly string[], cwd = repo): Promise<{ code: number; results: LintResult[] }> {
  const { code, stdout, stderr } = await runNode(bin, ['--format', 'json', ...args], cwd);
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
      const runs = await Promise.all(SHARDS.map((shard) => runNode(bin, ['--template', 'design-doc', '--shard', shard], single)));
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
    expect(await runNode(bin, [`--shard=${value}`], repo)).toEqual({
      code: 2,
      stdout: '',
      stderr: `guidelint: --shard must be i/n with 1 ≤ i ≤ n (--shard 1/4), not "${value}"\n`,
    });
  });

  it('refuses --shard with --stdin', async () => {
    expect(await runNode(bin, ['--stdin', '--shard', '1/2'], repo)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'guidelint: --shard splits the files of a run, not standard input\n',
    });
  });
});
