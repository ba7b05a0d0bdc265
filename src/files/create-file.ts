/**
 * createFile: writes a new file atomically and never over an existing one (`guidelint init`,
 * `guidelint new`).
 */

import { createFileAtomic } from './atomic-write.js';

/** The file exists already: nothing was written. */
export class FileExistsError extends Error {
  override name = 'FileExistsError';

  constructor(readonly path: string) {
    super(`${path} already exists`);
  }
}

/** Creates `path` (absolute) holding `text`, with its folder; throws `FileExistsError`, or the fs error. */
export async function createFile(path: string, text: string): Promise<void> {
  try {
    await createFileAtomic(path, text);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new FileExistsError(path);
    throw error;
  }
}
