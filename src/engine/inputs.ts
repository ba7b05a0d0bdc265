/**
 * Expands the command line's inputs — files, directories and globs — into the sorted list of
 * Markdown files to check.
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { UserError } from './errors.js';

/** What a directory expands to. */
const MARKDOWN_FILES = ['**/*.md', '**/*.markdown'];

/** Folders a directory or glob expansion never enters. */
const NEVER_ENTERED = ['**/node_modules/**', '**/.git/**'];

/**
 * Returns the absolute paths of the files the inputs name, without duplicates, sorted by path. A file
 * is taken whatever its extension; a directory gives its `*.md` and `*.markdown` files at any depth;
 * anything else is a glob relative to `cwd`. An input that gives no file is a UserError, as in ESLint.
 */
export async function expandInputs(inputs: readonly string[], cwd: string): Promise<string[]> {
  const files = new Set<string>();
  for (const input of inputs) {
    const matched = await expandInput(input, cwd);
    if (matched.length === 0) throw new UserError(`no files match "${input}"`);
    for (const file of matched) files.add(file);
  }
  return [...files].sort(comparePaths);
}

async function expandInput(input: string, cwd: string): Promise<string[]> {
  const path = resolve(cwd, input);
  const kind = await pathKind(path);
  if (kind === 'file') return [path];
  if (kind === 'directory') {
    return glob(MARKDOWN_FILES, { cwd: path, absolute: true, dot: true, ignore: NEVER_ENTERED });
  }
  if (!isDynamicPattern(input)) return [];
  return glob([input], { cwd, absolute: true, dot: true, ignore: NEVER_ENTERED, expandDirectories: false });
}

async function pathKind(path: string): Promise<'file' | 'directory' | null> {
  try {
    const stats = await stat(path);
    if (stats.isFile()) return 'file';
    return stats.isDirectory() ? 'directory' : null;
  } catch {
    return null;
  }
}

/** Orders paths by UTF-16 code units, the same on every machine and locale. */
export function comparePaths(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
