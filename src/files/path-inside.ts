import { isAbsolute, relative, sep } from 'node:path';

/** `a/b` from `dir` to `path` (`/`-separated), or null when `path` is not inside `dir` (or is `dir`). */
export function pathInside(dir: string, path: string): string | null {
  const rel = relative(dir, path);
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return null;
  return rel.split(sep).join('/');
}
