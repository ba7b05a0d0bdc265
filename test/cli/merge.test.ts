import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LintResult } from '../../src/engine/results.js';
import { runCli } from './run-cli.js';
import { shardFixture } from './shard-fixture.js';

let repo: string;
const REPORTS = ['shard-1.json', 'shard-2.json', 'shard-3.json', 'shard-4.json'];

beforeAll(async () => {
  repo = shardFixture();
  for (const [index, report] of REPORTS.entries()) {
    await runCli(['--format', 'json', '--shard', `${index + 1}/4`, '--output', `reports/${report}`], { cwd: repo });
  }
});

afterAll(() => rmSync(repo, { recursive: true, force: true }));

const reports = (names = REPORTS): string[] => names.map((name) => `reports/${name}`);
const cli = (args: string[]): ReturnType<typeof runCli> => runCli(args, { cwd: repo });

describe('guidelint merge', () => {
  it.each(['json', 'sarif', 'stylish', 'junit', 'github'])("prints the shards' reports as the whole run's --format %s, byte for byte", async (format) => {
    const whole = await cli(['--format', format]);
    const merged = await cli(['merge', '--format', format, ...reports()]);
    expect(whole.code).toBe(1);
    expect(merged).toEqual(whole);
  });

  it('takes the reports in any order', async () => {
    const whole = await cli(['--format', 'json']);
    expect(await cli(['merge', '--format', 'json', ...reports([...REPORTS].reverse())])).toEqual(whole);
  });

  it('writes the merged report to --output', async () => {
    expect(await cli(['merge', '-f', 'json', '-o', 'merged.json', ...reports()])).toEqual({ code: 1, stdout: '', stderr: '' });
    expect(readFileSync(join(repo, 'merged.json'), 'utf8')).toBe((await cli(['-f', 'json'])).stdout);
  });

  it('exits as the whole run would: 0 for warnings only, 1 past --max-warnings; --quiet leaves warnings out', async () => {
    const all = JSON.parse((await cli(['-f', 'json'])).stdout) as LintResult[];
    const warned = all.filter((result) => result.errorCount === 0 && result.warningCount > 0);
    expect(warned).toHaveLength(6);
    writeFileSync(join(repo, 'warned.json'), JSON.stringify(warned));

    expect((await cli(['merge', 'warned.json'])).code).toBe(0);
    expect(await cli(['merge', '--format', 'json', '--max-warnings', '5', 'warned.json'])).toEqual({
      code: 1,
      stdout: `${JSON.stringify(warned)}\n`,
      stderr: 'guidelint: too many warnings (6, maximum: 5)\n',
    });
    expect((await cli(['merge', '--max-warnings', '6', 'warned.json'])).code).toBe(0);
    expect((await cli(['merge', '--quiet', '--format', 'json', ...reports()])).stdout).toBe((await cli(['--quiet', '--format', 'json'])).stdout);
  });

  describe('bad input: one line, exit 2', () => {
    const refuses = async (args: string[], stderr: string): Promise<void> => {
      expect(await cli(['merge', ...args])).toEqual({ code: 2, stdout: '', stderr: `guidelint: ${stderr}\n` });
    };
    const report = (name: string, text: string): string => {
      writeFileSync(join(repo, name), text);
      return name;
    };
    const notAReport = (name: string, why: string): string =>
      `"${name}" is not a guidelint JSON report (guidelint --format json writes one): ${why}`;

    const notAnyReport = (name: string, why: string): string =>
      `"${name}" is not a guidelint report (guidelint --format json or sarif writes one): ${why}`;

    it('no report', () => refuses([], "merge needs the shards' reports: guidelint merge <reports..>"));
    it('a missing file', () => refuses(['missing.json'], 'cannot read the report "missing.json": no such file or directory'));
    it('a folder', () => refuses(['reports'], 'cannot read the report "reports": is a directory'));
    it('not JSON', () => refuses([report('stylish.txt', 'docs/a.md\n  1:1  error  …\n')], notAnyReport('stylish.txt', 'it is not JSON')));
    it('neither an array of results nor a SARIF log', () =>
      refuses([report('object.json', '{"results":[]}')], notAnyReport('object.json', 'it is neither an array of results nor a SARIF 2.1.0 log')));
    it('a result without a path', () =>
      refuses([report('no-path.json', '[{"messages":[]}]')], notAReport('no-path.json', 'result 1 has no filePath')));
    it('a message without a line', () => {
      const text = JSON.stringify([{ ...JSON.parse(readFileSync(join(repo, 'reports', REPORTS[0]!), 'utf8'))[0], messages: [{ ruleId: 'title', severity: 2, message: 'x' }] }]);
      return refuses([report('no-line.json', text)], notAReport('no-line.json', 'result 1 has a message (1) without ruleId, severity, message, line and column'));
    });
    it('a file in two reports', () => {
      const first = (JSON.parse(readFileSync(join(repo, 'reports', REPORTS[0]!), 'utf8')) as LintResult[])[0]!;
      return refuses(
        [...reports(REPORTS.slice(0, 1)), ...reports(REPORTS.slice(0, 1))],
        `"${first.filePath}" is in both "reports/shard-1.json" and "reports/shard-1.json": shards of one run never share a file`,
      );
    });
    it('a conformance format, which needs more than findings', () =>
      refuses(['--format', 'html', ...reports()], '--format must be one of stylish, json, sarif, github, junit, not "html"'));
    it('an unknown option', () => refuses(['--fix', ...reports()], 'unknown option --fix for merge (see guidelint merge --help)'));
  });
});
