/**
 * createFile: writes a new file atomically and never over an existing one (`guidelint init`,
 * `guidelint new`). The text goes to a temporary file first, then a hard link gives it its name:
 * `link` fails when the name is taken, so a file created meanwhile is never overwritten, and a
 * reader never sees a half-written file.
 */

import { randomBytes } from 'node:crypto';
import { link, mkdir, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The file exists already: nothing was written. */
export class FileExistsError extends Error {
  override name = 'FileExistsError';

  constructor(readonly path: string) {
    super(`${path} already exists`);
  }
}

/** Creates `path` (absolute) holding `text`, with its folder; throws `FileExistsError`, or the fs error. */
export async function createFile(path: string, text: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  await mkdir(dirname(path), { recursive: true });
  try {
    await writeFile(temporary, text, { flag: 'wx' });
    await link(temporary, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new FileExistsError(path);
    throw error;
  } finally {
    await rm(temporary, { force: true });
  }
}
