/**
 * Walks a folder for files, following symbolic links, never entering ignored folders,
 * `node_modules` or `.git`. Unreadable folders and symbolic link loops become warnings.
 */

import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { displayPath } from './display-path.js';
import { ALWAYS_IGNORED_NAMES } from './ignore.js';
import type { IgnoreFile, IgnoreRules } from './ignore.js';

export interface WalkOptions {
  rules: IgnoreRules;
  /** Whether a file is wanted, by its path relative to the walk's start (`/`-separated). */
  wants: (rel: string) => boolean;
  /** How many path segments a wanted file may have below the start (1: only the start's own files). */
  maxDepth: number;
  /** Messages name paths relative to it. */
  cwd: string;
}

export interface WalkResult {
  /** Absolute paths, in walk order (folders' entries by name). */
  files: string[];
  /** Wanted files left out by an ignore pattern. */
  ignored: number;
  warnings: string[];
  /** Some folder could not be read. */
  unreadable: boolean;
}

type EntryKind = 'dir' | 'file' | 'other';

export async function walk(start: string, options: WalkOptions): Promise<WalkResult> {
  const inherited = (await options.rules.chainFor(start)).filter((file) => file.dir !== start);
  const result: WalkResult = { files: [], ignored: 0, warnings: [], unreadable: false };
  await visit(start, 0, inherited, withAncestors(await realpath(start)), start, options, result);
  return result;
}

/** A folder and all folders above it, outermost first: a link to any of them leads back into the walk. */
function withAncestors(dir: string): string[] {
  const chain: string[] = [];
  for (let folder = dir; ; folder = dirname(folder)) {
    chain.unshift(folder);
    if (dirname(folder) === folder) return chain;
  }
}

/**
 * Visits one folder. `realChain` holds the real paths of the folders above the start and from the
 * start down to this one, this one last: a link to any of them is a loop. Subfolders are read concurrently; their results are
 * merged in name order so that output and warnings do not depend on timing.
 */
async function visit(
  dir: string,
  depth: number,
  inherited: readonly IgnoreFile[],
  realChain: readonly string[],
  start: string,
  options: WalkOptions,
  result: WalkResult,
): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    result.warnings.push(`${displayPath(dir, options.cwd)}: cannot read folder (${code}), skipped`);
    result.unreadable = true;
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const names = new Set(entries.map((entry) => entry.name));
  const chain = [...inherited, ...(await options.rules.filesIn(dir, names))];
  const ignores = { files: chain, config: await options.rules.configIgnoreIn(dir, names) };
  const realDir = realChain[realChain.length - 1]!;
  const subfolders: { path: string; real: string; result: WalkResult }[] = [];

  for (const entry of entries) {
    if (ALWAYS_IGNORED_NAMES.has(entry.name)) continue;
    const path = join(dir, entry.name);
    const kind = await entryKind(entry, path);
    if (kind === 'file') {
      if (!options.wants(relative(start, path).split(sep).join('/'))) continue;
      if (options.rules.reasonFor(ignores, path, false) === null) result.files.push(path);
      else result.ignored++;
    } else if (kind === 'dir' && depth + 2 <= options.maxDepth) {
      if (options.rules.reasonFor(ignores, path, true) !== null) continue;
      const real = entry.isSymbolicLink() ? await realpath(path) : join(realDir, entry.name);
      if (realChain.includes(real)) {
        result.warnings.push(`${displayPath(path, options.cwd)}: symbolic link loop, not followed`);
        continue;
      }
      subfolders.push({ path, real, result: { files: [], ignored: 0, warnings: [], unreadable: false } });
    }
  }

  await Promise.all(
    subfolders.map((sub) => visit(sub.path, depth + 1, chain, [...realChain, sub.real], start, options, sub.result)),
  );
  for (const sub of subfolders) {
    result.files.push(...sub.result.files);
    result.ignored += sub.result.ignored;
    result.warnings.push(...sub.result.warnings);
    result.unreadable ||= sub.result.unreadable;
  }
}

/** What an entry is, following a symbolic link; a dangling link is `other`. */
async function entryKind(entry: Dirent, path: string): Promise<EntryKind> {
  if (entry.isDirectory()) return 'dir';
  if (entry.isFile()) return 'file';
  if (!entry.isSymbolicLink()) return 'other';
  try {
    const target = await stat(path);
    return target.isDirectory() ? 'dir' : target.isFile() ? 'file' : 'other';
  } catch {
    return 'other';
  }
}
