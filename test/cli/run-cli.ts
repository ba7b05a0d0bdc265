/** Runs the CLI in-process with captured streams. */
import { main } from '../../src/cli/main.js';
import { relative, sep } from 'node:path';
import type { OutputStream } from '../../src/cli/io.js';
import type { LintResult } from '../../src/engine/results.js';
import type { Finding } from '../../src/lint/types.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  /** Pretend stdout is a terminal. */
  tty?: boolean;
  /** Pretend stderr is a terminal. */
  stderrTty?: boolean;
  env?: Record<string, string | undefined>;
  /** What standard input holds. */
  stdin?: string | Uint8Array;
}

export async function runCli(args: string[], options: RunOptions): Promise<CliRun> {
  const stdout = capture(options.tty ?? false);
  const stderr = capture(options.stderrTty ?? false);
  const readStdin = async (): Promise<Uint8Array> => Buffer.from(options.stdin ?? '');
  const code = await main(args, { stdout, stderr, readStdin, cwd: options.cwd, env: options.env ?? {} });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

function capture(isTTY: boolean): OutputStream & { text: string } {
  return {
    text: '',
    isTTY,
    write(chunk: string) {
      this.text += chunk;
      return true;
    },
  };
}

/** A run's JSON report as one string per message, by file relative to `root` (`/`-separated). */
export function messagesByFile(stdout: string, root: string, show: (message: Finding) => string): Record<string, string[]> {
  const results = JSON.parse(stdout) as LintResult[];
  return Object.fromEntries(
    results.map((result) => [relative(root, result.filePath).split(sep).join('/'), result.messages.map(show)]),
  );
}
