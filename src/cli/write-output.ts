/**
 * `--output`: the report goes to a file, written atomically (a temporary file, then a rename), or
 * through to a FIFO, a device or `/dev/stdout`.
 */
import { fstatSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { describeFsError, UserError } from '../engine/errors.js';
import { replaceOrWriteThrough } from '../files/atomic-write.js';
import type { OutputStream } from './io.js';

/** Writes `text` to `path`, creating its folder; a reader of a regular file never sees a half-written report. */
export async function writeReport(path: string, text: string, stdout: OutputStream): Promise<void> {
  try {
    if (await isStandardOutput(path)) stdout.write(text);
    else await replaceOrWriteThrough(path, text);
  } catch (error) {
    throw new UserError(`cannot write the report to "${path}": ${describeFsError(error)}`);
  }
}

/**
 * Whether `path` (`/dev/stdout`, or a link to it) is this process's standard output: when that is
 * a socket, as a parent process's pipe often is, opening it by path fails (ENXIO).
 */
async function isStandardOutput(path: string): Promise<boolean> {
  const target = await stat(path).catch(() => null);
  if (target === null) return false;
  try {
    const standardOutput = fstatSync(1);
    return target.dev === standardOutput.dev && target.ino === standardOutput.ino;
  } catch {
    return false;
  }
}
