import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Log } from 'sarif';
import type { LintResult } from '../../src/engine/results.js';
import { validateSarif } from '../report/sarif-validator.js';
import { BAD, GOOD, TEMPLATE, WARN } from './notes-documents.js';
import { runCli } from './run-cli.js';

let root: string;
const at = (...parts: string[]): string => join(root, ...parts);

function write(file: string, content: string | Uint8Array): void {
  mkdirSync(dirname(at(file)), { recursive: true });
  writeFileSync(at(file), content);
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'guidelint-cli-'));
  write('tpl.md', TEMPLATE);
  write('docs/good.md', GOOD);
  write('docs/warn.md', WARN);
  write('docs/bad.md', BAD);
  write('empty.md', 'Just a paragraph, no heading.\n');
  write('broken/binary.md', Uint8Array.from([0x23, 0x20, 0x41, 0x00, 0x0a]));
  write('broken/latin1.md', Buffer.concat([Buffer.from('# Caf'), Buffer.from([0xe9]), Buffer.from('\n')]));
  write('broken/frontmatter.md', '---\ntitle: [unclosed\n---\n\n# Alpha Notes\n');
  write('broken/good.md', GOOD);
  write('free/readme.md', '# Anything\n');
  write('free/follows.md', `---\ntemplate: ../tpl.md\n---\n\n${GOOD}`);
  write('free/unknown.md', '---\ntemplate: rfc\n---\n\n# Anything\n');
  write('free/headless.md', '---\ntitle: Headless\ntemplate: ../empty.md\n---\n\n# Anything\n');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const check = (...args: string[]) => runCli(args, { cwd: root });

function parseJson(stdout: string): LintResult[] {
  return JSON.parse(stdout) as LintResult[];
}

describe('check: exit codes', () => {
  it('exits 0 and prints nothing for a conforming document', async () => {
    expect(await check('--template', 'tpl.md', 'docs/good.md')).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('exits 1 on a lint error', async () => {
    const run = await check('-t', 'tpl.md', '--format', 'json', 'docs/bad.md');
    expect(run.code).toBe(1);
    const [result] = parseJson(run.stdout);
    expect(result?.messages.map((message) => message.ruleId)).toEqual(['required-section']);
  });

  it('exits 0 on warnings alone, and --quiet hides them', async () => {
    const loud = await check('-t', 'tpl.md', 'docs/warn.md');
    expect(loud.code).toBe(0);
    expect(loud.stdout).toContain('warning');
    expect(loud.stdout).toContain('required-label');
    expect(await check('-t', 'tpl.md', '--quiet', 'docs/warn.md')).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('exits 1 when warnings exceed --max-warnings', async () => {
    expect((await check('-t', 'tpl.md', '--max-warnings', '1', 'docs/warn.md')).code).toBe(0);
    const run = await check('-t', 'tpl.md', '--max-warnings', '0', '--quiet', 'docs/warn.md');
    expect(run).toEqual({ code: 1, stdout: '', stderr: 'guidelint: too many warnings (1, maximum: 0)\n' });
  });

  it('exits 2 when the template is missing, unknown or has no headings', async () => {
    expect(await check('-t', 'nope.md', 'docs')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'guidelint: template "nope.md" not found: no such file\n',
    });
    expect(await check('-t', 'rfc', 'docs')).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'guidelint: unknown template "rfc" (known: implementation-guide, phased-guide, design-doc, implementation-spec, task-guide)\n',
    });
    expect(await check('-t', 'empty.md', 'docs')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'guidelint: empty.md: template "empty" has no headings\n',
    });
  });

  it('exits 2 when a pattern matches no file', async () => {
    expect(await check('-t', 'tpl.md', 'docs', 'docs/x*.md')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'guidelint: no files match "docs/x*.md"\n',
    });
  });
});

describe('check: documents that cannot be read', () => {
  it('gives each one fatal message and still checks the others', async () => {
    const run = await check('-t', 'tpl.md', '-f', 'json', 'broken');
    expect(run.code).toBe(1);
    const results = parseJson(run.stdout);
    const fatal = (message: string, line = 1, column = 1) => [
      { ruleId: null, severity: 2, fatal: true, message, line, column, endLine: line, endColumn: column },
    ];
    expect(results.map((result) => [result.filePath, result.messages, result.fatalErrorCount])).toEqual([
      [at('broken/binary.md'), fatal('File is binary (NUL byte at offset 3)', 1, 4), 1],
      [
        at('broken/frontmatter.md'),
        fatal(
          'YAML frontmatter: Flow sequence in block collection must be sufficiently indented and end with a ] at line 2, column 17',
          2,
          17,
        ),
        1,
      ],
      [at('broken/good.md'), [], 0],
      [at('broken/latin1.md'), fatal('File is not valid UTF-8 (byte 0xe9 at offset 5)', 1, 6), 1],
    ]);
  });
});

describe('check: choosing templates', () => {
  it('uses the frontmatter template, skips files without one, and says so with --verbose', async () => {
    const run = await runCli(['--verbose', '-f', 'json', 'free'], { cwd: root });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      [
        'no config file',
        'free/follows.md: follows tpl, from frontmatter "template: ../tpl.md"',
        'free/headless.md: not checked, Cannot use the frontmatter\'s template: empty.md: template "empty" has no headings',
        'free/readme.md: skipped, no "template:" in its frontmatter and no config file',
        'free/unknown.md: not checked, Frontmatter "template:" names an unknown template "rfc" (known: implementation-guide, phased-guide, design-doc, implementation-spec, task-guide)',
        // Only the file checked against a template counts: not the unreadable ones nor the skipped one.
        'linted 1 file in one thread',
        '',
      ].join('\n'),
    );
    const results = parseJson(run.stdout);
    expect(results.map((result) => [result.filePath, result.template, result.errorCount])).toEqual([
      [at('free/follows.md'), 'tpl', 0],
      [at('free/headless.md'), null, 1],
      [at('free/unknown.md'), null, 1],
    ]);
    expect(results[1]?.messages[0]).toMatchObject({ fatal: true, line: 3, column: 1 });
    expect(results[2]?.messages[0]).toMatchObject({
      fatal: true,
      line: 2,
      column: 1,
      message:
        'Frontmatter "template:" names an unknown template "rfc" (known: implementation-guide, phased-guide, design-doc, implementation-spec, task-guide)',
    });
  });

  it('exits 0 with one line when no file follows a template', async () => {
    expect(await check('free/readme.md')).toEqual({
      code: 0,
      stdout: '',
      stderr:
        'guidelint: nothing was checked: no config file says which template the documents follow (`guidelint init` writes one; or pass --template <name>)\n',
    });
  });

  it('never checks the template a folder or glob reaches, but checks it when named', async () => {
    const reached = await check('-t', 'tpl.md', '--verbose', 'tpl*.md', 'docs/good.md');
    expect(reached.code).toBe(0);
    expect(reached.stdout).toBe('');
    expect(reached.stderr).toContain('\ndocs/good.md: follows tpl, from --template\ntpl.md: skipped, it is the template "tpl"\n');
    const named = await check('-t', 'tpl.md', '-f', 'json', 'tpl.md');
    expect(named.code).toBe(1);
    expect(parseJson(named.stdout)[0]?.messages.map((message) => message.ruleId)).toEqual(Array(4).fill('placeholder'));
  });
});

describe('check: output', () => {
  it('writes the report to --output atomically, without colour, leaving no temporary file', async () => {
    const run = await runCli(['-t', 'tpl.md', '-o', 'out/report.txt', 'docs/warn.md'], { cwd: root, tty: true });
    expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
    const report = readFileSync(at('out/report.txt'), 'utf8');
    expect(report).toContain('docs/warn.md\n');
    expect(report).not.toContain('\u001b[');
    expect(readdirSync(at('out'))).toEqual(['report.txt']);
  });

  it('colours stylish output on a terminal unless NO_COLOR is set', async () => {
    const args = ['-t', 'tpl.md', 'docs/warn.md'];
    expect((await runCli(args, { cwd: root, tty: true })).stdout).toContain('\u001b[4mdocs/warn.md\u001b[24m');
    expect((await runCli(args, { cwd: root, tty: true, env: { NO_COLOR: '1' } })).stdout).not.toContain('\u001b[');
    expect((await runCli(args, { cwd: root, tty: false })).stdout).not.toContain('\u001b[');
  });

  it('gives the same findings with either parser', async () => {
    const args = ['-t', 'tpl.md', '-f', 'json', 'docs'];
    const markdownIt = await check(...args);
    const remark = await check(...args, '--parser', 'remark');
    expect(remark).toEqual(markdownIt);
    expect(parseJson(markdownIt.stdout).map((result) => result.errorCount + result.warningCount)).toEqual([1, 0, 1]);
  });

  it('writes SARIF valid against the schema, located relative to the root (cwd outside git)', async () => {
    const run = await check('-t', 'tpl.md', '-f', 'sarif', 'docs', 'broken/binary.md');
    expect(run.code).toBe(1);
    const log = JSON.parse(run.stdout) as Log;
    expect(validateSarif(log)).toBe(true);
    const located = log.runs[0]?.results?.map((result) => [
      result.ruleId,
      result.locations?.[0]?.physicalLocation?.artifactLocation?.uri,
      result.locations?.[0]?.physicalLocation?.artifactLocation?.uriBaseId,
    ]);
    expect(located).toEqual([
      ['guidelint/fatal', 'broken/binary.md', '%SRCROOT%'],
      ['required-section', 'docs/bad.md', '%SRCROOT%'],
      ['required-label', 'docs/warn.md', '%SRCROOT%'],
    ]);
  });

  it('writes GitHub workflow commands', async () => {
    const run = await check('-t', 'tpl.md', '-f', 'github', 'broken/binary.md');
    expect(run).toEqual({
      code: 1,
      stdout:
        '::error file=broken/binary.md,line=1,col=4,endLine=1,endColumn=4,title=guidelint::File is binary (NUL byte at offset 3)\n',
      stderr: '',
    });
  });
});
