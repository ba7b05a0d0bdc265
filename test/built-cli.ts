/**
 * The CLI as users run it: the package test/global-setup.mjs built for this run, and a way to run
 * it as a process (real worker threads, a language server over stdio, remark-cli loading the preset).
 */
import { execFile } from 'node:child_process';

/** The built package's `bin/guidelint.js`. Tests only read the package; one that needs files beside it makes a folder of its own that links to it. */
export function builtCli(): string {
  const bin = process.env['GUIDELINT_TEST_BUILT_CLI'];
  if (bin === undefined) throw new Error('GUIDELINT_TEST_BUILT_CLI is unset: run the tests with jest.config.js, whose globalSetup builds the CLI');
  return bin;
}

export interface ProcessRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `node bin args` in `cwd`; resolves with its exit code and output whatever the code. */
export function runNode(bin: string, args: readonly string[], cwd: string): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [bin, ...args], { cwd, env: { ...process.env, NODE_OPTIONS: '' } }, (error, stdout, stderr) => {
      const code = error === null ? 0 : error.code;
      if (typeof code !== 'number') reject(error);
      else resolve({ code, stdout, stderr });
    });
  });
}
