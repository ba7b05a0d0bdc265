/**
 * A temporary git repository that uses the guidelint hook through pre-commit, and the commits the
 * hook tests make in it: a design doc with a finding is refused with guidelint's report, the same
 * doc fixed goes in, and a commit without Markdown skips the hook.
 */
import { expect } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const project = fileURLToPath(new URL('../../', import.meta.url));

/** The hook as `.pre-commit-hooks.yaml` declares it. */
export interface ManifestHook {
  id: string;
  name: string;
  entry: string;
  language: string;
  [key: string]: unknown;
}

export function manifestHooks(): ManifestHook[] {
  return parse(readFileSync(join(project, '.pre-commit-hooks.yaml'), 'utf8')) as ManifestHook[];
}

/** `pre-commit --version`'s answer, or null when pre-commit is not installed. */
export function preCommitVersion(): string | null {
  const run = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
  return run.status === 0 ? run.stdout.trim() : null;
}

export interface CommandRun {
  status: number | null;
  /** Standard output and error, in that order. */
  output: string;
}

/**
 * Runs a command; git and pre-commit see only this environment's git identity and an empty global
 * config, and keep their state (PRE_COMMIT_HOME) inside the temporary folder.
 */
export function run(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv): CommandRun {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout: 600_000 });
  if (result.error) throw result.error;
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

function runOrThrow(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv): string {
  const result = run(command, args, cwd, env);
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}:\n${result.output}`);
  return result.output;
}

export interface Sandbox {
  /** The temporary folder everything lives in. */
  root: string;
  env: NodeJS.ProcessEnv;
  git(args: readonly string[], cwd: string): string;
}

/** A temporary folder and the environment of every command run in it. */
export function createSandbox(): Sandbox {
  const root = mkdtempSync(join(tmpdir(), 'guidelint-pre-commit-'));
  writeFileSync(join(root, 'gitconfig'), '');
  const inherited = Object.entries(process.env).filter(([name]) => !/^(GIT_|PRE_COMMIT|NODE_OPTIONS$)/u.test(name));
  const env: NodeJS.ProcessEnv = {
    ...Object.fromEntries(inherited),
    PRE_COMMIT_HOME: join(root, 'pre-commit-home'),
    GIT_CONFIG_GLOBAL: join(root, 'gitconfig'),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Hook Test',
    GIT_AUTHOR_EMAIL: 'hook-test@example.com',
    GIT_COMMITTER_NAME: 'Hook Test',
    GIT_COMMITTER_EMAIL: 'hook-test@example.com',
  };
  return { root, env, git: (args, cwd) => runOrThrow('git', args, cwd, env) };
}

/** Puts `executable` on the sandbox's PATH, first, as `name`. */
export function putOnPath(sandbox: Sandbox, name: string, executable: string): void {
  const folder = join(sandbox.root, 'path');
  mkdirSync(folder, { recursive: true });
  symlinkSync(executable, join(folder, name));
  sandbox.env['PATH'] = `${folder}${delimiter}${sandbox.env['PATH'] ?? ''}`;
}

/** The attempts of `commitThroughHook`, each with git's exit status, the output and whether HEAD moved. */
export interface HookCommits {
  refused: CommandRun & { committed: boolean };
  accepted: CommandRun & { committed: boolean };
  withoutMarkdown: CommandRun & { committed: boolean };
}

/**
 * Creates a repository with `preCommitConfig` and a guidelint config mapping docs/ to design-doc,
 * installs the pre-commit hook, then commits: the design-doc fixture whose Status is "In Review"
 * (refused), the conforming rate-limiter doc in its place, and a text file alone.
 */
export function commitThroughHook(sandbox: Sandbox, preCommitConfig: string): HookCommits {
  const repository = join(sandbox.root, 'docs repo');
  mkdirSync(join(repository, 'docs'), { recursive: true });
  sandbox.git(['init', '--quiet', '--initial-branch=main'], repository);
  writeFileSync(join(repository, '.pre-commit-config.yaml'), preCommitConfig);
  writeFileSync(join(repository, '.guidelintrc.yaml'), 'documents:\n  - files: "docs/**/*.md"\n    template: design-doc\n');
  runOrThrow('pre-commit', ['install'], repository, sandbox.env);
  sandbox.git(['add', '--all'], repository);
  sandbox.git(['commit', '--quiet', '--no-verify', '--message', 'Configure guidelint'], repository);

  const attempt = (file: string, text: string, message: string) => {
    writeFileSync(join(repository, file), text);
    sandbox.git(['add', '--all'], repository);
    const head = sandbox.git(['rev-parse', 'HEAD'], repository);
    const commit = run('git', ['commit', '--message', message], repository, sandbox.env);
    return { ...commit, committed: sandbox.git(['rev-parse', 'HEAD'], repository) !== head };
  };
  const fixture = (path: string): string => readFileSync(join(project, 'fixtures/design-doc', path), 'utf8');
  return {
    refused: attempt('docs/rate-limiter.md', fixture('invalid/field-value.md'), 'Add the rate limiter design'),
    accepted: attempt('docs/rate-limiter.md', fixture('valid/rate-limiter.md'), 'Add the rate limiter design'),
    withoutMarkdown: attempt('notes.txt', 'Nothing for guidelint here.\n', 'Add notes'),
  };
}

/** What guidelint's stylish report says about the refused doc, as the hook's output shows it. */
const REFUSED_REPORT = [
  'docs/rate-limiter.md',
  '  3:15  error  Field "Status" (design-doc) must be one of "Draft", "Planning", "In Progress", "Implemented", "Deprecated", found "In Review"  field-value',
  '',
  '✖ 1 problem (1 error, 0 warnings)',
].join('\n');

/** The refused commit shows guidelint's report and leaves HEAD; the others go in. */
export function expectHookOutcomes(commits: HookCommits): void {
  expect([commits.refused.status, commits.refused.committed]).toEqual([1, false]);
  expect(commits.refused.output).toMatch(/^guidelint\.+Failed$/mu);
  expect(commits.refused.output).toContain(`- hook id: guidelint\n- exit code: 1\n\n${REFUSED_REPORT}\n`);
  expect([commits.accepted.status, commits.accepted.committed]).toEqual([0, true]);
  expect(commits.accepted.output).toMatch(/^guidelint\.+Passed$/mu);
  expect([commits.withoutMarkdown.status, commits.withoutMarkdown.committed]).toEqual([0, true]);
  expect(commits.withoutMarkdown.output).toMatch(/^guidelint\.+\(no files to check\)Skipped$/mu);
}

/** The attempts of `commitSettingsThroughHook`. */
export interface SettingsCommits {
  template: CommandRun & { committed: boolean };
  nestedConfig: CommandRun & { committed: boolean };
  readme: CommandRun & { committed: boolean };
}

/**
 * Creates a repository whose config maps docs/ to its own template `notes`, with two conforming
 * documents (one under docs/team, with a section the template does not name: a warning), then
 * commits a file that is no document each time: the template with a new required section
 * (refused: both documents lack it), a config in docs/team making unknown sections errors
 * (refused: its one document has one), and a README that follows no template.
 */
export function commitSettingsThroughHook(sandbox: Sandbox, preCommitConfig: string): SettingsCommits {
  const repository = join(sandbox.root, 'settings repo');
  mkdirSync(join(repository, 'docs', 'team'), { recursive: true });
  mkdirSync(join(repository, 'templates'));
  sandbox.git(['init', '--quiet', '--initial-branch=main'], repository);
  const write = (file: string, text: string): void => writeFileSync(join(repository, file), text);
  write('.pre-commit-config.yaml', preCommitConfig);
  write('.guidelintrc.yaml', 'templates:\n  notes: templates/notes.md\ndocuments:\n  - { files: "docs/**/*.md", template: notes }\n');
  write('templates/notes.md', '# [Project] Notes\n\n## Summary\n\n[Describe the project]\n');
  write('docs/alpha.md', '# Alpha Notes\n\n## Summary\n\nAlpha sorts things.\n');
  write('docs/team/beta.md', '# Beta Notes\n\n## Summary\n\nBeta counts things.\n\n## Extra\n\nMore.\n');
  runOrThrow('pre-commit', ['install'], repository, sandbox.env);
  sandbox.git(['add', '--all'], repository);
  sandbox.git(['commit', '--quiet', '--no-verify', '--message', 'Notes'], repository);

  const attempt = (file: string, text: string) => {
    write(file, text);
    sandbox.git(['add', file], repository);
    const head = sandbox.git(['rev-parse', 'HEAD'], repository);
    const commit = run('git', ['commit', '--message', `Change ${file}`], repository, sandbox.env);
    const committed = sandbox.git(['rev-parse', 'HEAD'], repository) !== head;
    // A refused change is undone, so that the next attempt changes one file only.
    sandbox.git(['reset', '--quiet', '--hard', 'HEAD'], repository);
    sandbox.git(['clean', '--quiet', '--force'], repository);
    return { ...commit, committed };
  };
  return {
    template: attempt('templates/notes.md', '# [Project] Notes\n\n## Summary\n\n[Describe the project]\n\n## Risks\n\n[What could go wrong]\n'),
    nestedConfig: attempt('docs/team/.guidelintrc.yaml', 'rules: { unknown-section: error }\n'),
    readme: attempt('README.md', '# Notes\n\nNothing for guidelint here.\n'),
  };
}

/** The staged template and config are refused with the findings of their documents; the README goes in. */
export function expectSettingsOutcomes(commits: SettingsCommits): void {
  expect([commits.template.status, commits.template.committed]).toEqual([1, false]);
  expect(commits.template.output).toContain(
    [
      '- hook id: guidelint',
      '- exit code: 1',
      '',
      'docs/alpha.md',
      '  6:1  error  Missing required section "## Risks" (notes), expected after "## Summary"  required-section',
      '',
      'docs/team/beta.md',
      '  7:1  error  Missing required section "## Risks" (notes), expected after "## Summary"  required-section',
      '',
      '✖ 2 problems (2 errors, 0 warnings)',
    ].join('\n'),
  );
  expect([commits.nestedConfig.status, commits.nestedConfig.committed]).toEqual([1, false]);
  expect(commits.nestedConfig.output).toContain(
    [
      '- exit code: 1',
      '',
      'docs/team/beta.md',
      '  7:1  error  Unknown section "## Extra": the template (notes) has no such section  unknown-section',
      '',
      '✖ 1 problem (1 error, 0 warnings)',
    ].join('\n'),
  );
  expect([commits.readme.status, commits.readme.committed]).toEqual([0, true]);
  expect(commits.readme.output).toMatch(/^guidelint\.+Passed$/mu);
}
