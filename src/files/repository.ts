/**
 * The repository a file belongs to, for what must stay inside it: the template a document's
 * frontmatter names (DESIGN §5, "Paths outside the repository").
 */
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** The nearest folder at or above `dir` holding a `.git` entry (a folder, or a file in a worktree), or null. */
export function repositoryRootOf(dir: string): string | null {
  for (let folder = resolve(dir); ; folder = dirname(folder)) {
    if (existsSync(join(folder, '.git'))) return folder;
    if (dirname(folder) === folder) return null;
  }
}

/** Whether `path` is `root` or inside it, by their names (a symbolic link is not followed). */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}
