/** The built CLI once per test file, run on temporary trees: the hostile-input tests' common ground. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCli, runNode, type ProcessRun } from '../engine/workers-cli.js';

export interface BuiltCli {
  run(args: readonly string[], cwd: string): Promise<ProcessRun>;
  bin: string;
  remove(): void;
}

export function builtCli(): BuiltCli {
  const build = mkdtempSync(join(tmpdir(), 'guidelint-hostile-'));
  const bin = buildCli(join(build, 'package'));
  return {
    bin,
    run: (args, cwd) => runNode(bin, args, cwd),
    remove: () => rmSync(build, { recursive: true, force: true }),
  };
}
