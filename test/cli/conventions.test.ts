/**
 * The command-line conventions ESLint and markdownlint users expect: colour switches, `-v`,
 * `help` and mistyped commands, `--max-warnings -1`, `--rule`, inline-config switches and
 * directive problems, `--stats`.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import type { LintResult } from '../../src/engine/results.js';
import { makeTree, removeTree } from '../files/tree.js';
import { runCli, type RunOptions } from './run-cli.js';

const TEMPLATE = '# [Project] Notes\n\n## Summary\n\n[Describe the project]\n\n## Details\n\n[Explain it]\n\n**Verification:** [How to check it]\n';
/** No Details: one error (required-section, at the end). No Verification label elsewhere. */
const BAD = '# Alpha Notes\n\n## Summary\n\nAlpha sorts things.\n';
/** Details without its label: one warning (required-label). */
const WARN = '# Beta Notes\n\n## Summary\n\nBeta sorts.\n\n## Details\n\nQuickly.\n';

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

let root: string;
beforeAll(async () => {
  root = await makeTree({
    '.guidelintrc.yaml': 'templates:\n  notes: { path: tpl.md, rules: { required-label: error } }\ndocuments:\n  - { files: "docs/*.md", template: notes }\n',
    'tpl.md': TEMPLATE,
    'docs/bad.md': BAD,
    'docs/warn.md': WARN,
    'directives/unknown.md': `<!-- guidelint-disable-file plceholder -->\n\n${BAD}`,
    'directives/used.md': `<!-- guidelint-disable-file required-section -->\n\n${BAD}`,
    'directives/unused.md': `<!-- guidelint-disable-next-line required-section code-block -->\n${BAD.replace('\n\n## Summary', '\n\n<!-- guidelint-disable-line -->\n\n## Summary')}<!-- guidelint-disable title -->\n`,
    compil: '# A file named like a mistyped command\n',
  });
});
afterAll(() => removeTree(root));

const run = (args: string[], options: Partial<RunOptions> = {}) => runCli(args, { cwd: root, ...options });
const rules = (stdout: string): (string | null)[] =>
  (JSON.parse(stdout) as LintResult[]).flatMap((result) => result.messages.map((message) => message.ruleId));

describe('colour', () => {
  const ESC = '\u001b[';
  const coloured = async (args: string[], tty: boolean, env: Record<string, string> = {}): Promise<boolean> =>
    (await run(['-t', 'tpl.md', ...args, 'docs/bad.md'], { tty, env })).stdout.includes(ESC);

  it('follows --color and --no-color (the last wins) over the terminal and the environment', async () => {
    expect(await coloured(['--color'], false)).toBe(true);
    expect(await coloured(['--no-color'], true)).toBe(false);
    expect(await coloured(['--no-color', '--color'], false, { NO_COLOR: '1' })).toBe(true);
    expect(await coloured(['--color', '--no-color'], true, { FORCE_COLOR: '1' })).toBe(false);
  });

  it('follows FORCE_COLOR, then NO_COLOR and TERM=dumb, then whether standard output is a terminal', async () => {
    expect(await coloured([], false, { FORCE_COLOR: '1' })).toBe(true);
    expect(await coloured([], true, { FORCE_COLOR: '0' })).toBe(false);
    expect(await coloured([], true, { FORCE_COLOR: '1', NO_COLOR: '1' })).toBe(true);
    expect(await coloured([], true, { NO_COLOR: '1' })).toBe(false);
    expect(await coloured([], true, { TERM: 'dumb' })).toBe(false);
    expect(await coloured([], true, { NO_COLOR: '' })).toBe(true);
    expect(await coloured([], false)).toBe(false);
  });
});

describe('commands', () => {
  it('prints the version with -v', async () => {
    expect(await run(['-v'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('prints the help for `help`, and a command’s for `help <command>`', async () => {
    expect(await run(['help'])).toEqual(await run(['--help']));
    expect(await run(['help', 'compile'])).toEqual(await run(['compile', '--help']));
    expect(await run(['help', 'compil'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'guidelint: unknown command "compil"; did you mean "compile"? (guidelint --help lists the commands)\n',
    });
  });

  it('answers a mistyped command with "did you mean" instead of looking for a file of that name', async () => {
    expect(await run(['tempaltes'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'guidelint: unknown command "tempaltes"; did you mean "templates"? (guidelint --help lists the commands)\n',
    });
    // A file of that name is read as one (it follows no template here).
    expect(await run(['compil'])).toEqual({
      code: 0,
      stdout: '',
      stderr: 'guidelint: no file follows a template, nothing was checked (--verbose says why each file was skipped)\n',
    });
  });
});

describe('severities', () => {
  it('takes --max-warnings -1 as no limit', async () => {
    expect((await run(['--max-warnings', '-1', 'docs/warn.md', '--rule', 'required-label: warn'])).code).toBe(0);
    expect((await run(['--max-warnings', '0', 'docs/warn.md', '--rule', 'required-label: warn'])).code).toBe(1);
  });

  it('sets severities with --rule over the config’s template rules, several at once or repeated', async () => {
    expect((await run(['-f', 'json', 'docs'])).code).toBe(1);
    const off = await run(['-f', 'json', '--rule', 'required-section: off', '--rule', '{"required-label": "0"}', 'docs']);
    expect([off.code, rules(off.stdout)]).toEqual([0, []]);
    const warn = await run(['-f', 'json', '--rule', 'required-section: warn, required-label: 1', 'docs']);
    expect([warn.code, rules(warn.stdout)]).toEqual([0, ['required-section', 'required-label']]);
  });

  it.each([
    [['--rule', 'plceholder: off'], '--rule: unknown rule "plceholder"; did you mean "placeholder"? (guidelint rules lists them)'],
    [['--rule', 'placeholder: never'], '--rule: the severity of "placeholder" must be off, warn or error (or 0, 1, 2), not "never"'],
    [['--rule', 'placeholder'], `--rule takes '<rule-id>: <severity>', got "placeholder"`],
  ])('rejects %j with one line', async (args, message) => {
    expect(await run([...args, 'docs'])).toEqual({ code: 2, stdout: '', stderr: `guidelint: ${message}\n` });
  });
});

describe('inline control comments', () => {
  it('reports an unknown rule id in a directive, as ESLint does', async () => {
    const result = await run(['-f', 'json', '-t', 'tpl.md', 'directives/unknown.md']);
    const [file] = JSON.parse(result.stdout) as LintResult[];
    expect(file?.messages.map(({ ruleId, severity, line, column, message }) => ({ ruleId, severity, line, column, message }))).toEqual([
      {
        ruleId: null,
        severity: 2,
        line: 1,
        column: 1,
        message: 'Unknown rule "plceholder" in a guidelint-disable-file directive; did you mean "placeholder"?',
      },
      expect.objectContaining({ ruleId: 'required-section' }),
    ]);
  });

  it('applies no directive with --no-inline-config', async () => {
    expect(rules((await run(['-f', 'json', '-t', 'tpl.md', 'directives/used.md'])).stdout)).toEqual([]);
    expect(rules((await run(['-f', 'json', '-t', 'tpl.md', '--no-inline-config', 'directives/used.md', 'directives/unknown.md'])).stdout)).toEqual([
      'required-section',
      'required-section',
    ]);
  });

  it('reports directives that turned nothing off with --report-unused-disable-directives', async () => {
    const args = ['-f', 'json', '-t', 'tpl.md', 'directives/used.md', 'directives/unused.md'];
    expect(rules((await run(args)).stdout)).toEqual(['required-section']);
    const reported = await run(['--report-unused-disable-directives', ...args]);
    const messages = (JSON.parse(reported.stdout) as LintResult[]).map((result) => result.messages.map((message) => `${message.line} ${message.message}`));
    expect(messages).toEqual([
      [
        '1 Unused guidelint-disable-next-line directive (no problems were reported from "required-section", "code-block")',
        '4 Unused guidelint-disable-line directive (no problems were reported)',
        '9 Unused guidelint-disable directive (no problems were reported from "title")',
        '10 Missing required section "## Details" (notes), expected after "## Summary"',
      ],
      [],
    ]);
    expect(reported.code).toBe(1);
  });
});

describe('--stats', () => {
  it('counts the findings by rule on standard error, after the report', async () => {
    const result = await run(['--stats', '-f', 'json', 'docs']);
    expect(result.stderr).toBe(
      ['Findings by rule:', 'Rule              Errors  Warnings', 'required-label         1         0', 'required-section       1         0', ''].join('\n'),
    );
  });
});
