import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
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

  it('rejects bad arguments with one line and exit code 2', async () => {
    expect(await runCli(['--format', 'xml', 'a.md'], { cwd })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'guidelint: Invalid values: Argument: format, Given: "xml", Choices: "stylish", "json", "sarif", "github", "junit"\n',
    });
    expect(await runCli(['--max-warnings', 'many'], { cwd })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'guidelint: --max-warnings must be a whole number, not "many"\n',
    });
    expect(await runCli(['--bogus'], { cwd })).toEqual({ code: 2, stdout: '', stderr: 'guidelint: Unknown argument: bogus\n' });
    expect(await runCli(['compile'], { cwd })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'guidelint: Not enough non-option arguments: got 0, need at least 1\n',
    });
  });
});

describe('templates', () => {
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
