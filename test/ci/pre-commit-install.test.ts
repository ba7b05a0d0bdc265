/**
 * The pre-commit hook as users get it: the README's `.pre-commit-config.yaml` snippet, its `repo:`
 * and `rev:` pointed at a git snapshot of this working tree, so that pre-commit clones it, reads
 * `.pre-commit-hooks.yaml` and installs the `language: node` hook with npm (install, pack, install
 * -g: the package compiles in `prepare`), then runs it on real commits.
 *
 * The install takes about 70 s on a 2-core machine and needs the npm registry, so `npm test` leaves
 * this file out unless GUIDELINT_TEST_PRE_COMMIT_INSTALL=1; CI runs it on its own (ci.yml).
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { commitThroughHook, createSandbox, expectHookOutcomes, preCommitVersion, project, run, type Sandbox } from './pre-commit-repo.js';
import { ciSnippet } from './readme.js';

const preCommit = preCommitVersion();
const skipReason =
  process.env['GUIDELINT_TEST_PRE_COMMIT_INSTALL'] !== '1'
    ? 'set GUIDELINT_TEST_PRE_COMMIT_INSTALL=1 to run it (about 70 s, needs the npm registry)'
    : preCommit === null
      ? 'pre-commit is not installed'
      : null;
if (skipReason !== null) process.stderr.write(`test/ci/pre-commit-install.test.ts skipped: ${skipReason}\n`);

/** A one-commit repository of the working tree's files (tracked, and untracked but not ignored). */
function snapshotWorkingTree(sandbox: Sandbox): { path: string; rev: string } {
  const snapshot = join(sandbox.root, 'guidelint snapshot');
  const listed = run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], project, sandbox.env);
  if (listed.status !== 0) throw new Error(`the checkout is not a git repository:\n${listed.output}`);
  for (const file of new Set(listed.output.split('\0').filter((name) => name !== ''))) {
    // A tracked file deleted in the working tree is not part of it.
    if (!existsSync(join(project, file))) continue;
    mkdirSync(dirname(join(snapshot, file)), { recursive: true });
    cpSync(join(project, file), join(snapshot, file));
  }
  sandbox.git(['init', '--quiet', '--initial-branch=main'], snapshot);
  sandbox.git(['add', '--all'], snapshot);
  sandbox.git(['commit', '--quiet', '--message', 'Snapshot of the working tree'], snapshot);
  return { path: snapshot, rev: sandbox.git(['rev-parse', 'HEAD'], snapshot).trim() };
}

/** The README's snippet with only `repo:` and `rev:` replaced. */
function readmeConfig(repo: string, rev: string): string {
  const snippet = ciSnippet('hooks:');
  const replaced = snippet.replace(/^(\s*- repo: ).*$/mu, `$1${JSON.stringify(repo)}`).replace(/^(\s*rev: ).*$/mu, `$1${rev}`);
  const changed = replaced.split('\n').filter((line, index) => line !== snippet.split('\n')[index]);
  if (changed.length !== 2) throw new Error(`the README's snippet has no single "- repo:" and "rev:" line:\n${snippet}`);
  return replaced;
}

describe(`the pre-commit hook installed from a snapshot of this checkout${skipReason === null ? '' : ` (skipped: ${skipReason})`}`, () => {
  let sandbox: Sandbox | undefined;
  afterAll(() => {
    if (sandbox) rmSync(sandbox.root, { recursive: true, force: true });
  });

  (skipReason === null ? it : it.skip)(
    'refuses a commit of a non-conforming doc with guidelint’s findings, lets a conforming one in, skips other files',
    () => {
      sandbox = createSandbox();
      const snapshot = snapshotWorkingTree(sandbox);
      const commits = commitThroughHook(sandbox, readmeConfig(snapshot.path, snapshot.rev));

      expect(commits.refused.output).toContain(`[INFO] Installing environment for ${snapshot.path}.`);
      expectHookOutcomes(commits);
    },
    600_000,
  );
});
