/**
 * `guidelint report` and the conformance formats on `check`, on a copy of the fixture repository:
 * exit codes, where the report goes, its links, the JSON matrix, the README's Markdown example, and
 * a warm `--cache` run drawing the same report as a cold one.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ConformanceReport } from '../../src/report/conformance/model.js';
import { readmeSection } from '../ci/readme.js';
import { runCli } from './run-cli.js';

const fixture = fileURLToPath(new URL('../../fixtures/repo/', import.meta.url));
/** 2026-12-05 09:30 UTC: the time the README's example shows. */
const SOURCE_DATE_EPOCH = '1796463000';

let repo: string;
const inRepo = (...args: string[]) => runCli(args, { cwd: repo, env: { SOURCE_DATE_EPOCH } });

beforeAll(() => {
  repo = join(mkdtempSync(join(tmpdir(), 'guidelint-report-')), 'repo');
  cpSync(fixture, repo, { recursive: true });
});

afterAll(() => rmSync(join(repo, '..'), { recursive: true, force: true }));

describe('guidelint report', () => {
  it('prints the README’s Markdown summary, exit code 0 though documents have findings', async () => {
    const section = readmeSection('The conformance report');
    const command = /^\$ (npx guidelint report [^\n]*)$/mu.exec(section)![1]!;
    const shown = /^```markdown\n([\s\S]*?)^```$/mu.exec(section)![1]!;
    const run = await inRepo(...command.split(' ').slice(2));
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toBe(shown);
  });

  it('writes the HTML report to --output, linking each document relative to it', async () => {
    const run = await inRepo('report', 'docs/adr', '-o', 'reports/conformance.html');
    expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
    const html = readFileSync(join(repo, 'reports/conformance.html'), 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<tr><th scope="row"><a href="../docs/adr/0004-single-monorepo.md">docs/adr/0004-single-monorepo.md</a></th><td class="n">1</td><td class="n">0</td></tr>');
    expect(html).toContain('<div><dt>Generated</dt><dd>2026-12-05 09:30 UTC</dd></div>');
  });

  it('is also check’s --format conformance-json, with check’s exit code: one cell per document and column', async () => {
    const run = await inRepo('check', 'docs/adr', '--format', 'conformance-json');
    expect([run.code, run.stderr]).toEqual([1, '']);
    const report = JSON.parse(run.stdout) as ConformanceReport & { format: string };
    expect([report.format, report.generatedAt, report.config, report.checked]).toEqual([
      'guidelint-conformance/1',
      '2026-12-05T09:30:00.000Z',
      '.guidelintrc.yaml',
      9,
    ]);
    const [adr] = report.templates;
    expect(adr!.columns.map((column) => column.id)).toEqual([
      'Status',
      'Date',
      'Deciders',
      'Context',
      'Decision',
      'Consequences',
      'Alternatives Considered',
      'Compliance',
    ]);
    const tracing = adr!.documents.find((document) => document.path === 'docs/adr/0006-opentelemetry-tracing.md')!;
    expect(tracing.cells.map((cell) => `${cell.state}:${cell.line}`)).toEqual([
      'present:3',
      'present:4',
      'missing:5',
      'present:6',
      'present:13',
      'present:20',
      'not-applicable:null',
      'present:30',
    ]);
    expect(tracing.cells[2]!.findings).toEqual([
      { line: 5, column: 1, ruleId: 'required-field', severity: 2, message: 'Missing required field "Deciders" (adr)' },
    ]);
  });

  it('draws the same report from a warm --cache as from a cold one', async () => {
    const cold = await inRepo('report', 'docs', '--format', 'conformance-json', '--cache');
    const warm = await inRepo('report', 'docs', '--format', 'conformance-json', '--cache');
    expect([cold.code, warm.code]).toEqual([0, 0]);
    expect((JSON.parse(cold.stdout) as ConformanceReport).checked).toBe(33);
    expect(warm.stdout).toBe(cold.stdout);
  });

  it('takes only the conformance formats, and --watch only without --fix, --fix-dry-run or --stdin', async () => {
    const stylish = await inRepo('report', '--format', 'stylish');
    expect(stylish).toEqual({ code: 2, stdout: '', stderr: 'guidelint: --format must be one of html, markdown, conformance-json, not "stylish"\n' });
    for (const option of ['--fix', '--fix-dry-run', '--stdin']) {
      expect(await inRepo('check', '--watch', option)).toEqual({ code: 2, stdout: '', stderr: `guidelint: --watch cannot be used with ${option}\n` });
    }
  });
});
