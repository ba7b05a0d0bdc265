/**
 * The pre-commit hook: `.pre-commit-hooks.yaml`, the README's snippet, and real commits in a
 * temporary repository that pre-commit's hook refuses or lets through.
 *
 * Here the manifest's hook runs from a `repo: local` config with `language: system`, `guidelint`
 * on PATH being the current sources built: as `language: node` from a repository, pre-commit first
 * npm-installs the package with its dev dependencies and compiles it, about 70 s on this project's
 * 2-core machine, more than the whole suite may add. pre-commit-install.test.ts does that, exactly
 * as users get it, and CI runs it.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { builtCli } from '../built-cli.js';
import {
  commitSettingsThroughHook,
  commitThroughHook,
  createSandbox,
  expectHookOutcomes,
  expectSettingsOutcomes,
  manifestHooks,
  preCommitVersion,
  project,
  putOnPath,
  type Sandbox,
} from './pre-commit-repo.js';
import { ciSnippet, COMMIT_SHA, commitHolds } from './readme.js';

const preCommit = preCommitVersion();
if (preCommit === null) process.stderr.write('test/ci/pre-commit.test.ts skipped the commits through the hook: pre-commit is not installed\n');
const withPreCommit = preCommit === null ? it.skip : it;

const packageJson = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')) as {
  bin: Record<string, string>;
  repository: { url: string };
};

describe('the pre-commit hook', () => {
  it('is declared in .pre-commit-hooks.yaml: guidelint on Markdown files, a node package', () => {
    expect(manifestHooks()).toEqual([
      {
        id: 'guidelint',
        name: 'guidelint',
        description: 'Check Markdown documents against the guide templates they were written from.',
        entry: 'guidelint --related',
        language: 'node',
        files: String.raw`(?i:\.(md|markdown))$|(^|/)(\.guidelintrc\.(json|yaml|yml)|guidelint\.config\.(js|mjs)|package\.json)$`,
        pass_filenames: true,
        require_serial: true,
      },
    ]);
    // `language: node` installs the package: its bin is what `entry` runs.
    expect(Object.keys(packageJson.bin)).toEqual([manifestHooks()[0]!.entry.split(' ')[0]]);
  });

  it('is what the README’s snippet names: this repository, a commit that has the hook (no release is tagged), the hook’s id', () => {
    const config = parse(ciSnippet('hooks:')) as { repos: { rev: string }[] };
    const rev = config.repos[0]?.rev ?? '';
    expect(rev).toMatch(COMMIT_SHA);
    expect(config).toEqual({ repos: [{ repo: packageJson.repository.url, rev, hooks: [{ id: 'guidelint' }] }] });
    expect(commitHolds(rev, '.pre-commit-hooks.yaml')).not.toBe(false);
  });

  describe(`through pre-commit${preCommit === null ? ' (skipped: pre-commit is not installed)' : ` (${preCommit})`}`, () => {
    let sandbox: Sandbox | undefined;
    afterAll(() => {
      if (sandbox) rmSync(sandbox.root, { recursive: true, force: true });
    });
    /** A temporary folder with `guidelint` on its PATH: the current sources, built. */
    const hookSandbox = (): Sandbox => {
      if (sandbox === undefined) {
        sandbox = createSandbox();
        putOnPath(sandbox, 'guidelint', builtCli());
      }
      return sandbox;
    };
    const localHookConfig = (): string => stringify({ repos: [{ repo: 'local', hooks: [{ ...manifestHooks()[0]!, language: 'system' }] }] });

    withPreCommit(
      'refuses a commit of a non-conforming doc with guidelint’s findings, lets a conforming one in, skips other files',
      () => expectHookOutcomes(commitThroughHook(hookSandbox(), localHookConfig())),
      60_000,
    );

    withPreCommit(
      're-checks the documents of a staged template or config, not the file itself',
      () => expectSettingsOutcomes(commitSettingsThroughHook(hookSandbox(), localHookConfig())),
      60_000,
    );
  });
});
