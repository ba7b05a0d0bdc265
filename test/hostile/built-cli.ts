/** The built CLI and a tree of files, once per test file: the hostile-input tests' common ground. */
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

/** Builds the CLI and writes `files` to a new tree before the file's tests; removes both after them. */
export function builtCliOnTree(files: Record<string, string>): CliTree {
  let build = '';
  const tree = {
    bin: '',
    root: '',
    at: (path: string): string => join(tree.root, path),
    run: (args: readonly string[]): Promise<ProcessRun> => runNode(tree.bin, args, tree.root),
  };
  beforeAll(async () => {
    build = mkdtempSync(join(tmpdir(), 'guidelint-hostile-'));
    tree.bin = buildCli(join(build, 'package'));
    tree.root = await makeTree(files);
  }, 60_000);
  afterAll(async () => {
    rmSync(build, { recursive: true, force: true });
    await removeTree(tree.root);
  });
  return tree;
}
