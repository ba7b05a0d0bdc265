/** The CLI's view of its process: streams, working directory and environment, injectable for tests. */
import { fstatSync } from 'node:fs';
import type { StartupFiles } from '../engine/schema-store.js';
import { escapeControlCharactersButLineBreaks } from '../report/control-characters.js';

export interface OutputStream {
  write(text: string): unknown;
  /** True when the stream is a terminal (colours are allowed then). */
  isTTY?: boolean;
}

export interface CliIo {
  stdout: OutputStream;
  stderr: OutputStream;
  /** Standard input, read to its end (`--stdin`). */
  readStdin: () => Promise<Uint8Array>;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Where a run leaves compiled schemas for the next (launch.ts: beside V8's code cache); none in tests. */
  startupFiles?: StartupFiles;
}

export function processIo(): CliIo {
  return {
    stdout: processStream(1, () => process.stdout),
    stderr: processStream(2, () => process.stderr),
    readStdin,
    cwd: process.cwd(),
    env: process.env,
  };
}

let brokenPipeIgnored = false;

/**
 * Standard output or error, made when first written to (or asked whether it is a terminal on a
 * character device): Node makes each on first use, loading its stream, socket and terminal code,
 * ~3 ms a quiet run (one clean file, a report to --output) need not spend. An empty write makes none.
 */
function processStream(fd: 1 | 2, open: () => NodeJS.WriteStream): OutputStream {
  const stream = (): NodeJS.WriteStream => {
    if (fd === 1 && !brokenPipeIgnored) {
      // `guidelint … | head`: the reader left; the rest of the report has nowhere to go, which is no error.
      process.stdout.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EPIPE') throw error;
      });
      brokenPipeIgnored = true;
    }
    return open();
  };
  return {
    write: (text) => text === '' || stream().write(text),
    get isTTY() {
      return mayBeTerminal(fd) && stream().isTTY === true;
    },
  };
}

/** False for a pipe or a file, which are no terminal, without making the stream to ask it. */
function mayBeTerminal(fd: number): boolean {
  try {
    return fstatSync(fd).isCharacterDevice();
  } catch {
    return true;
  }
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Whether the report is coloured, decided as Node and chalk decide: `--color`/`--no-color` (`flag`)
 * first; a report written to a file (`--output`) is not, otherwise; then FORCE_COLOR (`0` or
 * `false`: no, anything else: yes), NO_COLOR set to anything but the empty string
 * (https://no-color.org) and TERM=dumb (no); else colour on a terminal only.
 */
export function useColor(io: CliIo, toFile: boolean, flag: boolean | undefined): boolean {
  if (flag !== undefined) return flag;
  if (toFile) return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  const noColor = io.env.NO_COLOR;
  if ((noColor !== undefined && noColor !== '') || io.env.TERM === 'dumb') return false;
  return io.stdout.isTTY === true;
}

/**
 * `stream` with every control character but line breaks written as a visible escape: stderr's lines
 * quote file names, paths and parser messages, and no colour of guidelint's own ever goes there.
 */
export function escapingControlCharacters(stream: OutputStream): OutputStream {
  return {
    get isTTY() {
      return stream.isTTY;
    },
    write: (text: string) => stream.write(escapeControlCharactersButLineBreaks(text)),
  };
}
