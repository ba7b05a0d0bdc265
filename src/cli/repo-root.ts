/** The repository root for SARIF and GitHub paths: the nearest folder up from cwd holding `.git`. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The git top-level of `cwd` (a `.git` folder, or a `.git` file for worktrees), else `cwd` itself. */
export function repositoryRoot(cwd: string): string {
  for (let dir = cwd; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return cwd;
  }
}
