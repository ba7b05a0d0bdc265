/**
 * Atomic writes: the text goes to a temporary file beside the target, which then takes the target's
 * name (a rename over it, or a hard link for a file that must not exist yet), so a reader never
 * sees half a file. The temporary file is removed when anything fails; the error is the caller's
 * to word.
 */
import { randomBytes } from './on-demand-crypto.js';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { chmod, link, lstat, mkdir, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** A fresh name beside `path`: `.<name>.<random>.tmp`, hidden and in the same file system. */
function temporaryPathBeside(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
}

/** Writes `text` to `path` (replacing it), creating its folder; `mode` keeps a replaced file's permissions. */
export async function replaceFileAtomic(path: string, text: string, mode?: number): Promise<void> {
  const temporary = temporaryPathBeside(path);
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(temporary, text, { flag: 'wx', mode });
    // writeFile's mode passes through the umask; the replaced file's mode is restored exactly.
    if (mode !== undefined) await chmod(temporary, mode);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true }).catch(nothingWasWritten);
    throw error;
  }
}

/**
 * Writes `text` where `path` leads, as a shell's `>` would but atomically where that can be: a
 * regular file, or a symbolic link to one, is replaced by rename (the link stays a link, the file
 * keeps its mode). Anything else is written through in place, since a rename would put a new
 * regular file in its stead: a FIFO, a device, `/dev/stdout`, a dangling link, and a file with
 * other hard links (which would keep the old text).
 */
export async function replaceOrWriteThrough(path: string, text: string): Promise<void> {
  const target = await stat(path).catch(notThere);
  if (target?.isFile() && target.nlink === 1) return replaceFileAtomic(await realpath(path), text, target.mode);
  if (target === null && !(await lstat(path).catch(notThere))?.isSymbolicLink()) return replaceFileAtomic(path, text);
  await writeFile(path, text);
}

function notThere(error: unknown): null {
  if ((error as { code?: unknown }).code === 'ENOENT') return null;
  throw error;
}

/** replaceFileAtomic for synchronous callers (the cache is saved at the end of a synchronous step). */
export function replaceFileAtomicSync(path: string, text: string): void {
  const temporary = temporaryPathBeside(path);
  try {
    writeFileSync(temporary, text, { flag: 'wx' });
    renameSync(temporary, path);
  } catch (error) {
    try {
      rmSync(temporary, { force: true });
    } catch (removal) {
      nothingWasWritten(removal);
    }
    throw error;
  }
}

/** Creates `path` holding `text`, with its folder; fails with EEXIST, writing nothing, when it exists. */
export async function createFileAtomic(path: string, text: string): Promise<void> {
  const temporary = temporaryPathBeside(path);
  await mkdir(dirname(path), { recursive: true });
  try {
    await writeFile(temporary, text, { flag: 'wx' });
    // Unlike rename, link fails when the name is taken: a file created meanwhile is never overwritten.
    await link(temporary, path);
  } finally {
    await rm(temporary, { force: true }).catch(nothingWasWritten);
  }
}

/**
 * Removing the temporary file failed: it was never created (its folder cannot hold files), and
 * the write's own error says why.
 */
function nothingWasWritten(_error: unknown): void {}
