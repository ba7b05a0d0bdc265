/** expandInputs: command-line files, folders and globs → the sorted list of files to check. */

import { stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { resolve } from 'node:path';
import picomatch from 'picomatch';
import { displayPath } from './display-path.js';
import { IgnoreRules, type ConfigIgnoreLookup, type Exclusion } from './ignore.js';
import { walk } from './walk.js';
import type { WalkResult } from './walk.js';

/** A pattern that matches no file at all (exit code 2, as in ESLint). */
export class NoFilesError extends Error {
  override name = 'NoFilesError';

  constructor(
    readonly pattern: string,
    message: string,
  ) {
    super(message);
  }
}

export interface ExpandOptions {
  /** Inputs are relative to it; messages too. */
  cwd: string;
  /** The config `ignore:` globs that apply in each folder (one config's: `fixedConfigIgnore`). */
  configIgnore: ConfigIgnoreLookup;
  /** The command line's `!`/`#` patterns and `--ignore-pattern`s. */
  exclusions?: readonly Exclusion[];
  /** `--no-ignore`: .gitignore and .guidelintignore files and the configs' `ignore` do not apply. */
  noIgnore?: boolean;
  /** Throw `NoFilesError` for a pattern that matches nothing (default true); false lists it in `unmatched` instead. */
  errorOnUnmatchedPattern?: boolean;
  /** Globs give Markdown files only, as folders do (the config's `documents` globs: `docs/**` means its docs). */
  markdownOnly?: boolean;
}

export interface ExpandResult {
  /** Absolute paths, sorted, each once. */
  files: string[];
  /** One line each: unreadable folders, symbolic link loops, named files that are ignored. */
  warnings: string[];
  /** The inputs that matched no file, when that is no error. */
  unmatched: { input: string; why: Unmatched }[];
}

/** Why a pattern matched nothing: no file at all, or only ignored ones. */
export type Unmatched = 'none' | 'ignored';

/** `no files match "docs/*.md"`, `all files matching "docs" are ignored`. */
export function describeUnmatched(pattern: string, why: Unmatched): string {
  return why === 'none' ? `no files match "${pattern}"` : `all files matching "${pattern}" are ignored`;
}

const NO_CONFIG_IGNORE: ConfigIgnoreLookup = () => Promise.resolve([]);

const MARKDOWN_FILE = /\.(?:md|markdown)$/i;

/**
 * Expands each input: an existing file is taken as it is (whatever its extension; an ignored one
 * is skipped with a warning), a folder gives its `**\/*.md` and `**\/*.markdown` files, anything
 * else is a glob (dot files included). Ignore rules: see `IgnoreRules`.
 */
export async function expandInputs(inputs: readonly string[], options: ExpandOptions): Promise<ExpandResult> {
  const cwd = resolve(options.cwd);
  const noIgnore = options.noIgnore ?? false;
  const rules = new IgnoreRules({
    cwd,
    configIgnore: noIgnore ? NO_CONFIG_IGNORE : options.configIgnore,
    exclusions: options.exclusions ?? [],
    ignoreFiles: !noIgnore,
  });
  const files = new Set<string>();
  const warnings: string[] = [];
  const unmatched: ExpandResult['unmatched'] = [];
  for (const input of inputs) {
    const outcome = await expandInput(input, cwd, rules, options.markdownOnly ?? false);
    for (const file of outcome.files) files.add(file);
    for (const warning of outcome.warnings) if (!warnings.includes(warning)) warnings.push(warning);
    if (outcome.files.length > 0 || outcome.unmatched === null) continue;
    if (options.errorOnUnmatchedPattern !== false) throw new NoFilesError(input, describeUnmatched(input, outcome.unmatched));
    unmatched.push({ input, why: outcome.unmatched });
  }
  return { files: [...files].sort(), warnings, unmatched };
}

interface InputOutcome {
  files: string[];
  warnings: string[];
  /** Why nothing matched, when that is an error; else null. */
  unmatched: Unmatched | null;
}

async function expandInput(input: string, cwd: string, rules: IgnoreRules, markdownOnly: boolean): Promise<InputOutcome> {
  const path = resolve(cwd, input);
  const stats = await statOrNull(path);
  if (stats?.isFile()) {
    const reason = await rules.whyIgnored(path, false);
    if (reason === null) return { files: [path], warnings: [], unmatched: null };
    const warning = `${displayPath(path, cwd)}: file ignored because of a matching ignore pattern (${reason})`;
    return { files: [], warnings: [warning], unmatched: null };
  }
  if (stats?.isDirectory()) {
    return walkInput(path, (rel) => MARKDOWN_FILE.test(rel), Infinity, cwd, rules);
  }
  const scan = picomatch.scan(input);
  if (!scan.isGlob) return { files: [], warnings: [], unmatched: 'none' };
  const base = resolve(cwd, scan.base);
  if (!(await statOrNull(base))?.isDirectory()) return { files: [], warnings: [], unmatched: 'none' };
  const matches = picomatch(scan.glob, { dot: true });
  const wants = markdownOnly ? (rel: string) => MARKDOWN_FILE.test(rel) && matches(rel) : matches;
  return walkInput(base, wants, globDepth(scan.glob), cwd, rules);
}

async function walkInput(
  start: string,
  wants: (rel: string) => boolean,
  maxDepth: number,
  cwd: string,
  rules: IgnoreRules,
): Promise<InputOutcome> {
  if ((await rules.whyIgnored(start, true)) !== null) {
    return { files: [], warnings: [], unmatched: 'ignored' };
  }
  const result: WalkResult = await walk(start, { rules, wants, maxDepth, cwd });
  let unmatched: Unmatched | null = null;
  if (result.ignored > 0) unmatched = 'ignored';
  // An unreadable folder is reported as a warning; it does not also make the pattern an error.
  else if (!result.unreadable) unmatched = 'none';
  return { files: result.files, warnings: result.warnings, unmatched };
}

/** Path segments a glob's matches can have: unbounded with `**`, braces or extglobs. */
function globDepth(glob: string): number {
  return /\*\*|[{(]/.test(glob) ? Infinity : glob.split('/').length;
}

async function statOrNull(path: string): Promise<Stats | null> {
  try {
    return await stat(path);
  } catch {
    return null;
  }
}
