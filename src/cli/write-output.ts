/** `--output`: the report goes to a file, written atomically (a temporary file, then a rename). */
import { describeFsError, UserError } from '../engine/errors.js';
import { replaceFileAtomic } from '../files/atomic-write.js';

/** Writes `text` to `path`, creating its folder; a reader never sees a half-written report. */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  try {
    await replaceFileAtomic(path, text);
  } catch (error) {
    throw new UserError(`cannot write the report to "${path}": ${describeFsError(error)}`);
  }
}
