/** What the cache compares documents, templates, schemas and settings by. */
import { createHash } from '../files/on-demand-crypto.js';
import type { Stats } from 'node:fs';

/** SHA-1, base64: ~0.5 GB/s here, and collisions are no concern for a cache key. */
export function contentHash(data: Uint8Array | string): string {
  return createHash('sha1').update(data).digest('base64');
}

/**
 * A file's size and modification time, taken before reading it: while both are the same, the
 * content is taken to be the same without reading it (as git and ESLint's default cache do).
 */
export interface FileStamp {
  size: number;
  mtimeMs: number;
}

/**
 * A file changed again within the same clock tick as the read before it keeps its stamp; a stamp
 * younger than this many ms when it was taken is not trusted (git's "racily clean" entries).
 */
const RACY_MS = 2000;

/** The stamp of a file's stats taken at `now`, or null when it is too recent to be trusted. */
export function fileStamp(stats: Pick<Stats, 'size' | 'mtimeMs'>, now: number = Date.now()): FileStamp | null {
  return now - stats.mtimeMs > RACY_MS ? { size: stats.size, mtimeMs: stats.mtimeMs } : null;
}

export function sameStamp(a: FileStamp | null, b: FileStamp | null): boolean {
  return a !== null && b !== null && a.size === b.size && a.mtimeMs === b.mtimeMs;
}
