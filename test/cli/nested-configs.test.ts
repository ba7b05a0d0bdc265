/**
 * Nested configs through the CLI (DESIGN §5): `print-config`, `--verbose`, standard input named
 * into a nested folder, `--related`, `root: true`, `--config`, and a nested config that cannot be used.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import type { LintResult } from '../../src/engine/results.js';
import { addFiles, makeTree, removeTree } from '../files/tree.js';
import { runCli } from './run-cli.js';

const TEMPLATE = '# [Project] Notes\n\n## Summary\n\n[Describe the project]\n';
const GOOD = '# Alpha Notes\n\n## Summary\n\nAlpha sorts things.\n';
/** A section the template does not name: a warning by default. */
const EXTRA = '# Beta Notes\n\n## Summary\n\nBeta counts things.\n\n## Extra\n\nMore.\n';

let root: string;
const at = (...parts: string[]): string => join(root, ...parts);

beforeAll(async () => {
  root = await makeTree({
    '.guidelintrc.yaml': 'templates:\n  notes: templates/notes.md\ndocuments:\n  - { files: "docs/**/*.md", template: notes }\nignore: ["docs/archive/**"]\n',
    'templates/notes.md': TEMPLATE,
    'docs/alpha.md': GOOD,
    'docs/archive/old.md': EXTRA,
    'docs/team/.guidelintrc.yaml': 'rules: { unknown-section: error }\nignore: ["drafts/"]\n',
    'docs/team/beta.md': EXTRA,
    'docs/team/drafts/wip.md': EXTRA,
    // Its own world: the repository's config does not apply, so docs/vendor/*.md follow nothing but this.
    'docs/vendor/.guidelintrc.yaml': 'root: true\ndocuments:\n  - { files: "*.md", template: ../../templates/notes.md }\nrules: { unknown-section: off }\n',
    'docs/vendor/gamma.md': EXTRA,
  });
});

afterAll(() => removeTree(root));

const summary = (stdout: string): Record<string, string[]> =>
  Object.fromEntries(
    (JSON.parse(stdout) as LintResult[]).map((result) => [
      result.filePath.slice(root.length + 1),
      result.messages.map((message) => `${message.line}:${message.column} ${message.severity} ${message.ruleId}`),
    ]),
  );

describe('nested configs', () => {
  it('check each document with its own config: the nearest, extending those above it up to root: true', async () => {
    const run = await runCli(['-f', 'json'], { cwd: root });
    expect([run.code, run.stderr]).toEqual([1, '']);
    expect(summary(run.stdout)).toEqual({
      'docs/alpha.md': [],
      'docs/team/beta.md': ['7:1 2 unknown-section'],
      'docs/vendor/gamma.md': [],
    });
  });

  it('say with --verbose which configs the documents follow, and what each extends', async () => {
    const run = await runCli(['--verbose', '-f', 'json'], { cwd: root });
    expect(run.stderr.split('\n').slice(0, 3)).toEqual([
      'config: .guidelintrc.yaml',
      'config: docs/team/.guidelintrc.yaml (extends .guidelintrc.yaml)',
      'config: docs/vendor/.guidelintrc.yaml',
    ]);
    expect(run.stderr).toContain('docs/team/beta.md: follows notes, from documents[0] of ../../.guidelintrc.yaml "docs/**/*.md"\n');
  });

  it('give standard input the config of the folder --stdin-filename names', async () => {
    const run = await runCli(['--stdin', '--stdin-filename', 'docs/team/new.md', '-f', 'json'], { cwd: root, stdin: EXTRA });
    expect(summary(run.stdout)).toEqual({ 'docs/team/new.md': ['7:1 2 unknown-section'] });
  });

  it('--config names the one config of every document, and none above it applies', async () => {
    const run = await runCli(['-f', 'json', '--config', 'docs/team/.guidelintrc.yaml', 'docs/team/beta.md', '--template', 'templates/notes.md'], { cwd: root });
    expect(summary(run.stdout)).toEqual({ 'docs/team/beta.md': ['7:1 2 unknown-section'] });
    const print = JSON.parse((await runCli(['print-config', 'docs/alpha.md', '--config', 'docs/team/.guidelintrc.yaml'], { cwd: root })).stdout) as {
      configFiles: string[];
    };
    expect(print.configFiles).toEqual(['docs/team/.guidelintrc.yaml']);
  });

  it('--related checks the documents a named template or config applies to, instead of the file itself', async () => {
    const template = await runCli(['-f', 'json', '--related', 'templates/notes.md'], { cwd: root });
    expect(Object.keys(summary(template.stdout))).toEqual(['docs/alpha.md', 'docs/team/beta.md', 'docs/vendor/gamma.md']);
    const nested = await runCli(['-f', 'json', '--related', 'docs/team/.guidelintrc.yaml', 'docs/alpha.md'], { cwd: root });
    expect(Object.keys(summary(nested.stdout))).toEqual(['docs/alpha.md', 'docs/team/beta.md']);
    // A package.json without a "guidelint" key is no config, and no document either.
    await addFiles(root, { 'package.json': '{"name": "notes"}\n' });
    expect(await runCli(['--related', 'package.json'], { cwd: root })).toEqual({ code: 0, stdout: '', stderr: 'guidelint: no Markdown file to check\n' });
  });
});

describe('guidelint print-config <file>', () => {
  it('prints the configs merged, nearest first, the merged settings and the template the file follows', async () => {
    const run = await runCli(['print-config', 'team/beta.md'], { cwd: at('docs') });
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(JSON.parse(run.stdout)).toEqual({
      filePath: 'team/beta.md',
      configFiles: ['team/.guidelintrc.yaml', at('.guidelintrc.yaml')],
      ignored: null,
      config: {
        templates: { notes: { path: at('templates/notes.md'), rules: {}, sections: {}, fields: {}, fieldOrder: null } },
        documents: [{ files: ['docs/**/*.md'], template: 'notes', config: at('.guidelintrc.yaml'), index: 0 }],
        rules: { 'unknown-section': 'error' },
        ignore: [
          { config: 'team/.guidelintrc.yaml', globs: ['drafts/'] },
          { config: at('.guidelintrc.yaml'), globs: ['docs/archive/**'] },
        ],
        detect: false,
      },
      template: {
        name: 'notes',
        path: at('templates/notes.md'),
        rules: { 'unknown-section': 'error' },
        sections: {},
        fields: {},
        fieldOrder: null,
        via: 'documents',
        reason: 'from documents[0] of ../../.guidelintrc.yaml "docs/**/*.md"',
      },
    });
  });

  it('says why a file follows no template, and which ignore glob leaves it out', async () => {
    const skipped = JSON.parse((await runCli(['print-config', 'notes.md'], { cwd: root })).stdout) as Record<string, unknown>;
    expect([skipped['template'], skipped['why'], skipped['ignored']]).toEqual([null, 'no "template:" in its frontmatter and no documents entry matches', null]);
    const ignored = JSON.parse((await runCli(['print-config', 'docs/team/drafts/wip.md'], { cwd: root })).stdout) as Record<string, unknown>;
    expect(ignored['ignored']).toBe('"drafts/" in the config\'s ignore');
  });

  it('stops with exit code 2 at a nested config that cannot be used, naming it', async () => {
    await addFiles(root, { 'docs/broken/.guidelintrc.yaml': 'documents:\n  - { files: "*.md", template: nope }\n', 'docs/broken/x.md': GOOD });
    const message = 'guidelint: docs/broken/.guidelintrc.yaml: documents[0].template: unknown template "nope" (known: notes, implementation-guide, phased-guide, design-doc, implementation-spec, task-guide)\n';
    expect(await runCli(['print-config', 'docs/broken/x.md'], { cwd: root })).toEqual({ code: 2, stdout: '', stderr: message });
    expect(await runCli([], { cwd: root })).toEqual({ code: 2, stdout: '', stderr: message });
  });
});
