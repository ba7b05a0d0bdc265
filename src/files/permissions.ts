/**
 * Whether a file's permission bits let this process write it. A rename beside it would replace
 * even a read-only file, and root may write any file: editors go by the bits and refuse (or ask),
 * and so does `--fix`. Root is refused only a file nobody may write.
 */
import type { Stats } from 'node:fs';

export function permitsWriting(stats: Pick<Stats, 'mode' | 'uid' | 'gid'>): boolean {
  const uid = process.getuid?.();
  if (uid === undefined) return (stats.mode & 0o200) !== 0;
  if (uid === 0) return (stats.mode & 0o222) !== 0;
  if (stats.uid === uid) return (stats.mode & 0o200) !== 0;
  if (process.getgroups?.().includes(stats.gid)) return (stats.mode & 0o020) !== 0;
  return (stats.mode & 0o002) !== 0;
}
