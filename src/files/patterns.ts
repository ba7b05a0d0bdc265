/**
 * The command line's file patterns: those starting `!` (or `#`, markdownlint-cli2's spelling for
 * shells that expand `!`) leave files out; the others say which files to check.
 */
import picomatch from 'picomatch';
import { globProblem, quotedGlob } from './glob-limits.js';
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

/**
 * Why the command line's globs cannot be used, naming the first one guidelint refuses (see
 * glob-limits.ts), or null. Files and folders named as they are never count.
 */
export function refusedPattern(patterns: Patterns, ignoreGlobs: readonly string[]): string | null {
  const globs = [
    ...patterns.inputs.filter((input) => picomatch.scan(input).isGlob).map((glob) => ({ glob, where: 'on the command line' })),
    ...patterns.exclusions.map(({ glob }) => ({ glob, where: 'on the command line' })),
    ...ignoreGlobs.map((glob) => ({ glob, where: 'in --ignore-pattern' })),
  ];
  for (const { glob, where } of globs) {
    const problem = globProblem(glob);
    if (problem !== null) return `glob ${quotedGlob(glob)} ${where} ${problem}`;
  }
  return null;
}
