/**
 * The built CLI and trees of files for the hostile-input tests.
 */
import { afterAll, beforeAll } from '@jest/globals';
import { join } from 'node:path';
import { builtCli, runNode, type ProcessRun } from '../built-cli.js';
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

/** Writes `files` to a new tree before the tests of the block it is called in, and removes it after them. */
export function builtCliOnTree(files: Record<string, string>): CliTree {
  const bin = builtCli();
  const tree = {
    bin,
    root: '',
    at: (path: string): string => join(tree.root, path),
    run: (args: readonly string[]): Promise<ProcessRun> => runNode(bin, args, tree.root),
  };
  beforeAll(async () => {
    tree.root = await makeTree(files);
  });
  afterAll(() => removeTree(tree.root));
  return tree;
}
