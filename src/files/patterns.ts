/**
 * The command line's file patterns: those starting `!` (or `#`, markdownlint-cli2's spelling for
 * shells that expand `!`) leave files out; the others say which files to check.
 */
import type { Exclusion } from './ignore.js';

export interface Patterns {
  /** Files, folders and globs to check. */
  inputs: string[];
  /** Globs (without their `!`/`#`) whose files are left out, relative to the working folder. */
  exclusions: Exclusion[];
}

const EXCLUDING = /^[!#]/u;

export function splitPatterns(patterns: readonly string[]): Patterns {
  const split: Patterns = { inputs: [], exclusions: [] };
  for (const pattern of patterns) {
    if (EXCLUDING.test(pattern)) split.exclusions.push({ glob: pattern.slice(1), source: `"${pattern}" on the command line` });
    else split.inputs.push(pattern);
  }
  return split;
}

/** `--ignore-pattern <glob>`s, relative to the working folder. */
export function ignorePatterns(globs: readonly string[]): Exclusion[] {
  return globs.map((glob) => ({ glob, source: `--ignore-pattern "${glob}"` }));
}
