import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runCli } from './run-cli.js';

const cwd = process.cwd();
const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

describe('arguments', () => {
  it('prints the version and the help', async () => {
    expect(await runCli(['--version'], { cwd })).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    const help = await runCli(['--help'], { cwd });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('guidelint check [files..]');
    expect(help.stdout).toContain('--max-warnings');
    expect(help.stdout).not.toContain('--parser');
  });

  it('prints the help of one command', async () => {
    const help = await runCli(['compile', '--help'], { cwd });
    expect(help).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        'Usage: guidelint compile <template> [options]',
        '',
        'Print the schema a template compiles to',
        '',
        'Options:',
        '  -f, --format json|yaml|text  Schema format (default: json)',
        '  -c, --config <path>          Config file (default: found upward from the working folder)',
        '  -h, --help                   Show this help',
        "  -v, --version                Show guidelint's version",
        '',
      ].join('\n'),
    });
  });

  it.each([
    [['--format', 'xml', 'a.md'], '--format must be one of stylish, json, sarif, github, junit, html, markdown, conformance-json, not "xml"'],
    [['--max-warnings', 'many'], '--max-warnings must be a whole number or -1 (no limit), not "many"'],
    [['--max-warnings', '-2'], '--max-warnings must be a whole number or -1 (no limit), not "-2"'],
    [['--bogus'], 'unknown option --bogus (see guidelint check --help)'],
    [['--tempalte', 'rfc'], 'unknown option --tempalte; did you mean --template? (see guidelint check --help)'],
    [['compile', '--title', 'x', 'design-doc'], 'unknown option --title for compile (see guidelint compile --help)'],
    [['compile'], 'compile needs <template>: guidelint compile <template>'],
    [['new', 'design-doc'], 'new needs <file>: guidelint new <template> <file>'],
    [['new', 'a', 'b', 'c'], 'too many arguments for guidelint new <template> <file>: "c"'],
    [['templates', 'x'], 'templates takes no arguments, got "x"'],
    [['-t'], '-t needs a value: -t <name|path>'],
    [['--template', '--quiet'], '--template needs a value: --template <name|path>'],
    [['--quiet=yes'], '--quiet takes no value, got "yes"'],
    [['--fix', '--fix-dry-run'], '--fix and --fix-dry-run cannot be used together'],
    [['--stdin', 'a.md'], '--stdin lints standard input, not files: got "a.md"'],
    [['--stdin-filename', 'a.md'], '--stdin-filename names standard input: give --stdin too'],
    [['--stdin', '--fix'], '--fix cannot write standard input back: use --fix-dry-run to see the fixes'],
  ])('rejects %j with one line and exit code 2', async (args, message) => {
    expect(await runCli(args, { cwd })).toEqual({ code: 2, stdout: '', stderr: `guidelint: ${message}\n` });
  });

  it('reads an option value given with = or after --', async () => {
    expect(await runCli(['--format=xml'], { cwd })).toMatchObject({ code: 2, stderr: expect.stringContaining('not "xml"') });
    expect(await runCli(['--', '--not-an-option.md'], { cwd })).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--not-an-option.md'),
    });
  });
});

describe('templates', () => {
  it('lists the config’s templates with their paths, then the built-in ones', async () => {
    const run = await runCli(['templates'], { cwd: fileURLToPath(new URL('../../fixtures/repo/', import.meta.url)) });
    expect(run.stdout.split('\n').slice(0, 5)).toEqual([
      'Configured in .guidelintrc.yaml:',
      '  adr                   docs/templates/adr.md',
      '  integration-guide     node_modules/guidelint/templates/implementation-guide.md',
      '',
      'Built in:',
    ]);
    expect(run.stdout).toContain('\n  design-doc            Design document: ');
  });

  it('lists the built-in templates, one a line, with a description', async () => {
    expect(await runCli(['templates'], { cwd })).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        'implementation-guide  Guide to building a feature: purpose, prerequisites, steps, testing, troubleshooting, examples',
        'phased-guide          Phased rollout plan: pre-flight checks, dependencies, week-by-week phases, testing, rollback',
        'design-doc            Design document: status metadata, problem, architecture, alternatives, trade-offs, migration',
        'implementation-spec   Component build spec: stack, API, algorithms, data models, config, security, deployment, operations',
        'task-guide            Guide for one ticket (e.g. CHRONO-003): prerequisites, phase checklists, steps, debugging',
        '',
      ].join('\n'),
    });
  });
});
