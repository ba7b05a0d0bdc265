/**
 * The built CLI and trees of files for the hostile-input tests.
 */
import { afterAll, beforeAll } from '@jest/globals';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
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
  /**
   * Runs of the CLI with each case's arguments in `folder` of the tree, made one after the other in
   * one process (run-each.mjs) when a test first asks for one of them: what each run of the CLI
   * alone would give, for one process start.
   */
  runsInOneProcess(cases: Record<string, readonly string[]>, folder?: string): (name: string) => Promise<ProcessRun>;
}

/** Writes `files` to a new tree before the tests of the block it is called in, and removes it after them. */
export function builtCliOnTree(files: Record<string, string>): CliTree {
  const bin = builtCli();
  let root = '';
  const tree: CliTree = {
    bin,
    get root() {
      return root;
    },
    at: (path: string): string => join(root, path),
    run: (args: readonly string[]): Promise<ProcessRun> => runNode(bin, args, root),
    runsInOneProcess(cases: Record<string, readonly string[]>, folder = '') {
      const names = Object.keys(cases);
      let runs: Promise<ProcessRun[]> | undefined;
      return async (name: string): Promise<ProcessRun> => {
        if (!names.includes(name)) throw new Error(`no run named "${name}"`);
        runs ??= runEach(bin, Object.values(cases), tree.at(folder));
        return (await runs)[names.indexOf(name)]!;
      };
    },
  };
  beforeAll(async () => {
    root = await makeTree(files);
  });
  afterAll(() => removeTree(root));
  return tree;
}

const RUN_EACH = fileURLToPath(new URL('./run-each.mjs', import.meta.url));

/** The built CLI's runs with each of `argsList` in `cwd`, in one process. */
function runEach(bin: string, argsList: ReadonlyArray<readonly string[]>, cwd: string): Promise<ProcessRun[]> {
  return new Promise((resolve, reject) => {
    const options = { env: { ...process.env, NODE_OPTIONS: '' }, maxBuffer: 64 * 1024 * 1024 };
    const child = execFile(process.execPath, [RUN_EACH, bin], options, (error, stdout, stderr) => {
      if (error === null) resolve(JSON.parse(stdout) as ProcessRun[]);
      else reject(new Error(`run-each.mjs stopped (exit code ${String(error.code)}): ${stderr}`));
    });
    child.stdin!.end(JSON.stringify(argsList.map((args) => ({ args, cwd }))));
  });
}
