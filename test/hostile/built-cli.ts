/**
 * The built CLI and trees of files for the hostile-input tests. The CLI is built once per test
 * file however many trees use it (a build costs seconds): cli.test.ts gathers every point's cases.
 */
import { afterAll, beforeAll } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCli, runNode, type ProcessRun } from '../engine/workers-cli.js';
import { makeTree, removeTree } from '../files/tree.js';

export interface CliTree {
  /** The built package's bin/guidelint.js. */
  readonly bin: string;
  /** The tree's folder (a real path). */
  readonly root: string;
  at(path: string): string;
  /** Runs the CLI in the tree's folder. */
  run(args: readonly string[]): Promise<ProcessRun>;
}

/** The one build of this test file, made before its first tree and removed after its tests. */
const build = { folder: '', bin: '', hooked: false };

function useBuild(): void {
  if (build.hooked) return;
  build.hooked = true;
  beforeAll(() => {
    build.folder = mkdtempSync(join(tmpdir(), 'guidelint-hostile-'));
    build.bin = buildCli(join(build.folder, 'package'));
  }, 60_000);
  afterAll(() => rmSync(build.folder, { recursive: true, force: true }));
}

/** Writes `files` to a new tree before the tests of the block it is called in, and removes it after them. */
export function builtCliOnTree(files: Record<string, string>): CliTree {
  useBuild();
  const tree = {
    get bin(): string {
      return build.bin;
    },
    root: '',
    at: (path: string): string => join(tree.root, path),
    run: (args: readonly string[]): Promise<ProcessRun> => runNode(build.bin, args, tree.root),
  };
  beforeAll(async () => {
    tree.root = await makeTree(files);
  });
  afterAll(() => removeTree(tree.root));
  return tree;
}
