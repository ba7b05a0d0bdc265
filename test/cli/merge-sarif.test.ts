/**
 * `guidelint merge` of the shards' SARIF logs: the whole run's log byte for byte, through the built
 * CLI as CI runs it; the logs it refuses, in process.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Log } from 'sarif';
import { builtCli, runNode, type ProcessRun } from '../built-cli.js';
import { validateSarif } from '../report/sarif-validator.js';
import { runCli } from './run-cli.js';
import { shardFixture, writeIn } from './shard-fixture.js';

const bin = builtCli();
let repo: string;
const LOGS = ['reports/shard-1.sarif', 'reports/shard-2.sarif', 'reports/shard-3.sarif', 'reports/shard-4.sarif'];

beforeAll(async () => {
  repo = shardFixture();
  await Promise.all(LOGS.map((log, index) => built(['--shard', `${index + 1}/4`, '--format', 'sarif', '--output', log])));
});

afterAll(() => rmSync(repo, { recursive: true, force: true }));

const built = (args: string[]): Promise<ProcessRun> => runNode(bin, args, repo);
const cli = (args: string[], cwd = repo): ReturnType<typeof runCli> => runCli(args, { cwd });
const readLog = (name: string): Log => JSON.parse(readFileSync(join(repo, name), 'utf8')) as Log;
const uris = (log: Log): string[] => (log.runs[0]!.results ?? []).map((result) => result.locations![0]!.physicalLocation!.artifactLocation!.uri!);

describe('guidelint merge of SARIF logs', () => {
  it("gives the whole run's --format sarif byte for byte, a valid SARIF log, and its exit code", async () => {
    const whole = await built(['--format', 'sarif']);
    expect(whole.code).toBe(1);
    const shardFiles = LOGS.map((name) => new Set(uris(readLog(name))));
    expect(shardFiles.map((files) => files.size)).toEqual([3, 2, 4, 5]);

    const merged = await built(['merge', ...LOGS]);
    expect(merged).toEqual(whole);
    expect(await built(['merge', '--format', 'sarif', ...LOGS])).toEqual(whole);
    const log = JSON.parse(merged.stdout) as Log;
    expect(validateSarif(log)).toBe(true);
    expect(log.runs).toHaveLength(1);
    expect(new Set(uris(log)).size).toBe(14);
  });

  it('takes the logs in any order, and writes the merged log to --output', async () => {
    const whole = await cli(['--format', 'sarif']);
    expect(await cli(['merge', ...[...LOGS].reverse()])).toEqual(whole);
    expect(await cli(['merge', '-o', 'merged.sarif', ...LOGS])).toEqual({ code: 1, stdout: '', stderr: '' });
    expect(readFileSync(join(repo, 'merged.sarif'), 'utf8')).toBe(whole.stdout);
  });

  it('leaves the warnings out with --quiet, as the whole run does', async () => {
    expect(await cli(['merge', '--quiet', ...LOGS])).toEqual(await cli(['--quiet', '--format', 'sarif']));
  });

  it('exits as the whole run would: 0 for warnings only, 1 past --max-warnings', async () => {
    const log = JSON.parse((await cli(['-f', 'sarif'])).stdout) as Log;
    const warnings = log.runs[0]!.results!.filter((result) => result.level === 'warning');
    expect(warnings).toHaveLength(6);
    writeFileSync(join(repo, 'warned.sarif'), JSON.stringify({ ...log, runs: [{ ...log.runs[0], results: warnings }] }));

    expect((await cli(['merge', 'warned.sarif'])).code).toBe(0);
    const tooMany = await cli(['merge', '--max-warnings', '5', 'warned.sarif']);
    expect([tooMany.code, tooMany.stderr]).toEqual([1, 'guidelint: too many warnings (6, maximum: 5)\n']);
    expect((await cli(['merge', '--max-warnings', '6', 'warned.sarif'])).code).toBe(0);
  });

  it('joins shards that found nothing (a shard with no files writes a log without results)', async () => {
    const single = mkdtempSync(join(tmpdir(), 'guidelint-merge-one-'));
    try {
      writeIn(single, 'notes.md', '# Alpha\n');
      const names = [1, 2, 3, 4].map((index) => `shard-${index}.sarif`);
      for (const [index, name] of names.entries()) {
        await cli(['--template', 'design-doc', '--shard', `${index + 1}/4`, '-f', 'sarif', '-o', name], single);
      }
      const whole = await cli(['--template', 'design-doc', '-f', 'sarif'], single);
      expect(whole.code).toBe(1);
      expect(await cli(['merge', ...names], single)).toEqual(whole);
    } finally {
      rmSync(single, { recursive: true, force: true });
    }
  });

  it('orders files outside the repository root (absolute file URIs) by path, as the whole run does', async () => {
    const root = mkdtempSync(join(tmpdir(), 'guidelint-merge-outside-'));
    try {
      for (const file of ['a/x.md', 'a/y.md', 'b.md', 'z.md']) writeIn(root, file, '# Alpha\n');
      const cwd = join(root, 'a');
      const files = ['x.md', 'y.md', '../b.md', '../z.md'];
      const names = [1, 2, 3].map((index) => `shard-${index}.sarif`);
      for (const [index, name] of names.entries()) {
        await cli(['--template', 'design-doc', '--shard', `${index + 1}/3`, '-f', 'sarif', '-o', name, ...files], cwd);
      }
      const shardUris = names.map((name) => uris(JSON.parse(readFileSync(join(cwd, name), 'utf8')) as Log));
      expect(shardUris.filter((found) => found.length > 0).length).toBeGreaterThan(1);
      const whole = await cli(['--template', 'design-doc', '-f', 'sarif', ...files], cwd);
      expect(new Set(uris(JSON.parse(whole.stdout) as Log))).toEqual(
        new Set(['x.md', 'y.md', `file://${root}/b.md`, `file://${root}/z.md`]),
      );
      expect(await cli(['merge', ...names], cwd)).toEqual(whole);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  describe('bad input: one line, exit 2', () => {
    const refuses = async (args: string[], stderr: string): Promise<void> => {
      expect(await cli(['merge', ...args])).toEqual({ code: 2, stdout: '', stderr: `guidelint: ${stderr}\n` });
    };
    /** A copy of shard 1's log, changed. */
    const changedLog = (name: string, change: (log: Log & Record<string, unknown>) => unknown): string => {
      writeFileSync(join(repo, name), JSON.stringify(change(readLog(LOGS[0]!) as Log & Record<string, unknown>)));
      return name;
    };
    const withRun = (name: string, run: (run: Record<string, unknown>) => Record<string, unknown>): string =>
      changedLog(name, (log) => ({ ...log, runs: [run(log.runs[0] as unknown as Record<string, unknown>)] }));
    const notOurs = (name: string, why: string): string =>
      `"${name}" is not a guidelint SARIF log (guidelint --format sarif writes one): ${why}`;

    it('JSON reports and SARIF logs together', async () => {
      await cli(['--shard', '2/4', '-f', 'json', '-o', 'reports/shard-2.json']);
      await refuses(
        ['reports/shard-2.json', ...LOGS],
        '"reports/shard-1.sarif" is SARIF and "reports/shard-2.json" JSON: merge SARIF logs with SARIF logs, or JSON reports to any format',
      );
    });
    it.each(['stylish', 'json', 'github', 'junit'])('SARIF logs to --format %s', (format) =>
      refuses(
        ['--format', format, ...LOGS],
        `"reports/shard-1.sarif" is SARIF, which merges to SARIF only, not --format ${format}: merge the shards' JSON reports for it`,
      ));
    it('another tool\'s log', () =>
      refuses(
        [withRun('eslint.sarif', (run) => ({ ...run, tool: { driver: { name: 'ESLint' } } }))],
        notOurs('eslint.sarif', 'its tool is "ESLint"'),
      ));
    it('a log of two runs', () =>
      refuses([changedLog('two-runs.sarif', (log) => ({ ...log, runs: [log.runs[0], log.runs[0]] }))], notOurs('two-runs.sarif', 'it has 2 runs, not one')));
    it('a log of no run', () => refuses([changedLog('no-run.sarif', (log) => ({ ...log, runs: [] }))], notOurs('no-run.sarif', 'it has 0 runs, not one')));
    it('a run without results', () =>
      refuses([withRun('no-results.sarif', ({ results: _, ...run }) => run)], notOurs('no-results.sarif', 'its run has no results')));
    it('a result that is a note', () =>
      refuses(
        [withRun('note.sarif', (run) => ({ ...run, results: [{ ...(run['results'] as object[])[0], level: 'note' }] }))],
        notOurs('note.sarif', 'result 1 is neither an error nor a warning'),
      ));
    it('a result without a location', () =>
      refuses(
        [withRun('nowhere.sarif', (run) => ({ ...run, results: [...(run['results'] as object[]), { level: 'error', message: { text: 'x' } }] }))],
        notOurs('nowhere.sarif', 'result 4 has no file location'),
      ));
    it('a result under a base the run does not define', () =>
      refuses(
        [withRun('no-base.sarif', ({ originalUriBaseIds: _, ...run }) => run)],
        notOurs('no-base.sarif', 'result 1 has no file location'),
      ));
    it('a SARIF version other than 2.1.0', () =>
      refuses(
        [changedLog('old.sarif', (log) => ({ ...log, version: '2.0.0' }))],
        '"old.sarif" is not a guidelint report (guidelint --format json or sarif writes one): it is neither an array of results nor a SARIF 2.1.0 log',
      ));
    it('logs of two runs (another guidelint version)', () =>
      refuses(
        [LOGS[0]!, withRun('other-version.sarif', (run) => ({ ...run, tool: { driver: { name: 'guidelint', version: '0.0.1' } }, results: [] }))],
        '"reports/shard-1.sarif" and "other-version.sarif" are not shards of one run: their guidelint, rules or source root (%SRCROOT%) differ',
      ));
    it('logs of two runs (another source root)', () =>
      refuses(
        [LOGS[0]!, withRun('elsewhere.sarif', (run) => ({ ...run, originalUriBaseIds: { '%SRCROOT%': { uri: 'file:///elsewhere/' } }, results: [] }))],
        '"reports/shard-1.sarif" and "elsewhere.sarif" are not shards of one run: their guidelint, rules or source root (%SRCROOT%) differ',
      ));
    it('a file in two logs', () => {
      const first = uris(readLog(LOGS[0]!))[0]!;
      return refuses(
        [LOGS[0]!, LOGS[0]!],
        `"${join(repo, decodeURIComponent(first))}" is in both "reports/shard-1.sarif" and "reports/shard-1.sarif": shards of one run never share a file`,
      );
    });
  });
});
