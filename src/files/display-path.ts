import { isAbsolute, relative, sep } from 'node:path';

/**
 * How messages name a file: relative to `cwd` when it lies inside it (`docs/a.md`,
 * `.guidelintrc.yaml`), absolute otherwise. Separators are always `/`.
 */
export function displayPath(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  const shown = rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel) ? file : rel;
  return shown.split(sep).join('/');
}
