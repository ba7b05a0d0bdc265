/**
 * Which paths a run leaves out: `node_modules` and `.git` always; the command line's exclusions
 * (`!`/`#` patterns, `--ignore-pattern`: relative to the working folder); the config's `ignore:`
 * globs (relative to the config's folder); and .gitignore and .guidelintignore files from the
 * repository root down, a deeper file and .guidelintignore (over .gitignore in the same folder)
 * taking precedence. `--no-ignore` leaves only the first two.
 */

import { readFile, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import { configGlob } from './config-glob.js';
import { displayPath } from './display-path.js';
import { lastMatch, parseIgnoreFile } from './gitignore.js';
import type { IgnorePattern } from './gitignore.js';

/** Never entered, never checked. */
export const ALWAYS_IGNORED_NAMES: ReadonlySet<string> = new Set(['node_modules', '.git']);

/** Read in each folder, in this order: the later file wins where both match. */
export const IGNORE_FILE_NAMES = ['.gitignore', '.guidelintignore'] as const;

export interface IgnoreFile {
  /** Absolute path of the folder holding the file: its patterns are relative to it. */
  dir: string;
  name: string;
  patterns: IgnorePattern[];
}

/** A command-line glob whose files are left out, and how the command line said it. */
export interface Exclusion {
  /** Relative to the working folder. */
  glob: string;
  /** For messages: `"!docs/x/**" on the command line`, `--ignore-pattern "drafts/"`. */
  source: string;
}

export interface IgnoreOptions {
  /** Where messages and `exclusions` are relative to, and the top of the ignore-file chain outside a repository. */
  cwd: string;
  configDir: string;
  /** The config's `ignore:` globs. */
  ignore: readonly string[];
  exclusions?: readonly Exclusion[];
  /** false (`--no-ignore`): .gitignore and .guidelintignore files are not read. Default true. */
  ignoreFiles?: boolean;
}

/** `a/b` from `dir` to `path`, or null when `path` is not inside `dir`. */
function relativeInside(dir: string, path: string): string | null {
  const rel = relative(dir, path);
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return null;
  return rel.split(sep).join('/');
}

export class IgnoreRules {
  private readonly configMatchers: { glob: string; matches: picomatch.Matcher }[];
  private readonly exclusionMatchers: { source: string; matches: picomatch.Matcher }[];
  private readonly filesByDir = new Map<string, Promise<IgnoreFile[]>>();
  private readonly rootByDir = new Map<string, Promise<string | null>>();

  constructor(private readonly options: IgnoreOptions) {
    this.configMatchers = options.ignore.map((glob) => ({ glob, matches: picomatch(configGlob(glob), { dot: true }) }));
    this.exclusionMatchers = (options.exclusions ?? []).map(({ glob, source }) => ({
      source,
      matches: picomatch(configGlob(glob), { dot: true }),
    }));
  }

  /** The ignore files in `dir`; `names` (the folder's entries, when known) spares reads of absent files. */
  filesIn(dir: string, names?: ReadonlySet<string>): Promise<IgnoreFile[]> {
    let files = this.filesByDir.get(dir);
    if (files === undefined) {
      files = this.readIgnoreFiles(dir, names);
      this.filesByDir.set(dir, files);
    }
    return files;
  }

  private async readIgnoreFiles(dir: string, names: ReadonlySet<string> | undefined): Promise<IgnoreFile[]> {
    const files: IgnoreFile[] = [];
    if (this.options.ignoreFiles === false) return files;
    for (const name of IGNORE_FILE_NAMES) {
      if (names !== undefined && !names.has(name)) continue;
      try {
        files.push({ dir, name, patterns: parseIgnoreFile(await readFile(join(dir, name), 'utf8')) });
      } catch {
        // Absent or unreadable: it sets no patterns.
      }
    }
    return files;
  }

  /**
   * The ignore files that apply to the entries of `dir`, outermost first: those of its ancestors
   * from the top (the repository root, else `cwd` when `dir` is inside it, else `dir`) and its own.
   */
  async chainFor(dir: string): Promise<IgnoreFile[]> {
    return this.chainBetween(await this.topFor(dir), dir);
  }

  private async chainBetween(top: string, dir: string): Promise<IgnoreFile[]> {
    const folders: string[] = [];
    for (let folder = dir; ; folder = dirname(folder)) {
      folders.unshift(folder);
      if (folder === top || dirname(folder) === folder) break;
    }
    return (await Promise.all(folders.map((folder) => this.filesIn(folder)))).flat();
  }

  private async topFor(dir: string): Promise<string> {
    const root = await this.repositoryRoot(dir);
    if (root !== null) return root;
    return relativeInside(this.options.cwd, dir) !== null ? this.options.cwd : dir;
  }

  /** The nearest folder at or above `dir` holding a `.git` entry (a folder, or a file in a worktree). */
  private repositoryRoot(dir: string): Promise<string | null> {
    let root = this.rootByDir.get(dir);
    if (root === undefined) {
      root = stat(join(dir, '.git')).then(
        () => dir,
        () => (dirname(dir) === dir ? null : this.repositoryRoot(dirname(dir))),
      );
      this.rootByDir.set(dir, root);
    }
    return root;
  }

  /**
   * Why `path` is ignored given the chain of ignore files applying in its folder, or null. Only
   * the path itself is tested: the walker never enters an ignored folder, and `whyIgnored` tests
   * each ancestor folder for a named file.
   */
  reasonFor(chain: readonly IgnoreFile[], path: string, isDir: boolean): string | null {
    const fromCwd = relativeInside(this.options.cwd, path);
    if (fromCwd !== null) {
      const exclusion = this.exclusionMatchers.find(({ matches }) => matches(fromCwd));
      if (exclusion !== undefined) return exclusion.source;
    }
    const rel = relativeInside(this.options.configDir, path);
    if (rel !== null) {
      const match = this.configMatchers.find(({ matches }) => matches(rel));
      if (match !== undefined) return `"${match.glob}" in the config's ignore`;
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      const file = chain[i]!;
      const fromFile = relativeInside(file.dir, path);
      if (fromFile === null) continue;
      const pattern = lastMatch(file.patterns, fromFile, isDir);
      if (pattern === undefined) continue;
      if (pattern.negate) return null;
      return `"${pattern.source}" in ${displayPath(join(file.dir, file.name), this.options.cwd)}`;
    }
    return null;
  }

  /**
   * Why a named file or folder is ignored (by a pattern, or because a folder above it is), or
   * null. The top folder itself (see `chainFor`) is never ignored.
   */
  async whyIgnored(path: string, isDir: boolean): Promise<string | null> {
    const top = await this.topFor(isDir ? path : dirname(path));
    if (path === top) return null;
    const always = (relativeInside(top, path) ?? '').split('/').find((segment) => ALWAYS_IGNORED_NAMES.has(segment));
    if (always !== undefined) return `inside ${always}`;
    const folders: string[] = [];
    for (let folder = dirname(path); folder !== top && dirname(folder) !== folder; folder = dirname(folder)) {
      folders.unshift(folder);
    }
    for (const folder of folders) {
      const reason = this.reasonFor(await this.chainBetween(top, dirname(folder)), folder, true);
      if (reason !== null) return reason;
    }
    return this.reasonFor(await this.chainBetween(top, dirname(path)), path, isDir);
  }
}
