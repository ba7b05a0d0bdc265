/**
 * Which paths a run leaves out: `node_modules` and `.git` always; the command line's exclusions
 * (`!`/`#` patterns, `--ignore-pattern`: relative to the working folder); the `ignore:` globs of
 * the config that applies in a folder and of the configs it extends (each relative to the folder
 * of the config that wrote it); and .gitignore and .guidelintignore files from the
 * repository root down, a deeper file and .guidelintignore (over .gitignore in the same folder)
 * taking precedence. `--no-ignore` leaves only the first two.
 */

import { readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import picomatch from 'picomatch';
import { configGlob } from './config-glob.js';
import { displayPath } from './display-path.js';
import { lastMatch, parseIgnoreFile } from './gitignore.js';
import type { IgnorePattern } from './gitignore.js';
import { pathInside } from './path-inside.js';

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

/** What applies to the entries of one folder: its chain of ignore files and its config `ignore:` globs. */
export interface FolderIgnores {
  /** Outermost first (see `IgnoreRules.chainFor`). */
  files: readonly IgnoreFile[];
  config: readonly ConfigIgnore[];
}

/** A command-line glob whose files are left out, and how the command line said it. */
export interface Exclusion {
  /** Relative to the working folder. */
  glob: string;
  /** For messages: `"!docs/x/**" on the command line`, `--ignore-pattern "drafts/"`. */
  source: string;
}

/** `ignore:` globs of one config file, relative to its folder. */
export interface ConfigIgnore {
  dir: string;
  globs: readonly string[];
}

/**
 * The config `ignore:` globs that apply to the entries of the folder `dir`: those of the folder's
 * config and of the configs it extends. `names`: the folder's entries, when the caller read them.
 */
export type ConfigIgnoreLookup = (dir: string, names?: ReadonlySet<string>) => Promise<readonly ConfigIgnore[]>;

/** One config's `ignore:` globs for every folder (a single config, or none: `fixedConfigIgnore(dir, [])`). */
export function fixedConfigIgnore(dir: string, globs: readonly string[]): ConfigIgnoreLookup {
  const groups = [{ dir, globs }];
  return () => Promise.resolve(groups);
}

export interface IgnoreOptions {
  /** Where messages and `exclusions` are relative to, and the top of the ignore-file chain outside a repository. */
  cwd: string;
  configIgnore: ConfigIgnoreLookup;
  exclusions?: readonly Exclusion[];
  /** false (`--no-ignore`): .gitignore and .guidelintignore files are not read. Default true. */
  ignoreFiles?: boolean;
}


const configMatchers = new WeakMap<ConfigIgnore, { glob: string; matches: picomatch.Matcher }[]>();

/** A group's globs compiled, once per group (a lookup gives the same group for every folder of a config). */
function matchersOf(group: ConfigIgnore): { glob: string; matches: picomatch.Matcher }[] {
  let matchers = configMatchers.get(group);
  if (matchers === undefined) {
    matchers = group.globs.map((glob) => ({ glob, matches: picomatch(configGlob(glob), { dot: true }) }));
    configMatchers.set(group, matchers);
  }
  return matchers;
}

export class IgnoreRules {
  private readonly exclusionMatchers: { source: string; matches: picomatch.Matcher }[];
  private readonly filesByDir = new Map<string, Promise<IgnoreFile[]>>();
  private readonly rootByDir = new Map<string, Promise<string | null>>();

  constructor(private readonly options: IgnoreOptions) {
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
    return pathInside(this.options.cwd, dir) !== null ? this.options.cwd : dir;
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

  /** The config `ignore:` globs that apply to the entries of `dir` (see `ConfigIgnoreLookup`). */
  configIgnoreIn(dir: string, names?: ReadonlySet<string>): Promise<readonly ConfigIgnore[]> {
    return this.options.configIgnore(dir, names);
  }

  /**
   * Why `path` is ignored given what applies in its folder, or null. Only the path itself is
   * tested: the walker never enters an ignored folder, and `whyIgnored` tests each ancestor folder
   * for a named file.
   */
  reasonFor(folder: FolderIgnores, path: string, isDir: boolean): string | null {
    const fromCwd = pathInside(this.options.cwd, path);
    if (fromCwd !== null) {
      const exclusion = this.exclusionMatchers.find(({ matches }) => matches(fromCwd));
      if (exclusion !== undefined) return exclusion.source;
    }
    for (const group of folder.config) {
      const rel = pathInside(group.dir, path);
      const match = rel === null ? undefined : matchersOf(group).find(({ matches }) => matches(rel));
      if (match !== undefined) return `"${match.glob}" in the config's ignore`;
    }
    const chain = folder.files;
    for (let i = chain.length - 1; i >= 0; i--) {
      const file = chain[i]!;
      const fromFile = pathInside(file.dir, path);
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
    const always = (pathInside(top, path) ?? '').split('/').find((segment) => ALWAYS_IGNORED_NAMES.has(segment));
    if (always !== undefined) return `inside ${always}`;
    const folders: string[] = [];
    for (let folder = dirname(path); folder !== top && dirname(folder) !== folder; folder = dirname(folder)) {
      folders.unshift(folder);
    }
    for (const folder of folders) {
      const reason = this.reasonFor(await this.ignoresIn(top, dirname(folder)), folder, true);
      if (reason !== null) return reason;
    }
    return this.reasonFor(await this.ignoresIn(top, dirname(path)), path, isDir);
  }

  private async ignoresIn(top: string, dir: string): Promise<FolderIgnores> {
    return { files: await this.chainBetween(top, dir), config: await this.configIgnoreIn(dir) };
  }
}
