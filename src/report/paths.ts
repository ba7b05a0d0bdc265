/** How reporters show a file: relative, with forward slashes. */
import { relative, sep } from 'node:path';

/** `filePath` relative to `base`, with `/` separators (the path itself when it is `base`). */
export function relativePosix(filePath: string, base: string): string {
  const rel = relative(base, filePath);
  return (rel === '' ? filePath : rel).split(sep).join('/');
}

/** A relative path as a URI reference: each segment percent-encoded (`a b.md` → `a%20b.md`). */
export function pathToUriReference(posixPath: string): string {
  return posixPath.split('/').map(encodeURIComponent).join('/');
}
