/** `--output`: the report goes to a file, written atomically (a temporary file, then a rename). */
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { describeFsError, UserError } from '../engine/errors.js';

/** Writes `text` to `path`, creating its folder; a reader never sees a half-written report. */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(temporary, text);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new UserError(`cannot write the report to "${path}": ${describeFsError(error)}`);
  }
}
