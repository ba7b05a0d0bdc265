/**
 * How far a glob may go before guidelint refuses it. picomatch turns a glob into a RegExp, and the
 * time that takes grows faster than the glob: extglobs nested 2,000 deep (`+(+(+(…a|b)|b)|b)`) took
 * it minutes, and thousands of groups in a row make a RegExp V8 will not build. Each `*` in one
 * file or folder name multiplies the time a non-matching long name takes: against a 250-character
 * name, `*a*b.md` took 1 ms, `*a*a*b.md` 40–80 ms, `*a*a*a*b.md` 4 s and one more star minutes. No
 * real glob comes near these limits; one that passes them is refused with one line naming it.
 */

import picomatch from 'picomatch';
import { configGlob } from './config-glob.js';

/** Groups `(…)`, `{…}` and `[…]` inside one another. */
export const DEEPEST_GLOB_NESTING = 32;
/** Groups in one glob. */
export const MOST_GLOB_GROUPS = 256;
/** `*` wildcards (a run of them is one; `**` alone between slashes spans folders and is not counted) and `+(…)` groups in one name. */
export const MOST_WILDCARDS_PER_NAME = 3;

/** Why guidelint refuses a glob (`nests groups 2000 deep (at most 32)`), or null when it takes it. */
export function globProblem(glob: string): string | null {
  let depth = 0;
  let deepest = 0;
  let groups = 0;
  for (let at = 0; at < glob.length; at++) {
    const char = glob[at];
    if (char === '\\') at += 1;
    else if (char === '(' || char === '{' || char === '[') {
      depth += 1;
      groups += 1;
      deepest = Math.max(deepest, depth);
    } else if ((char === ')' || char === '}' || char === ']') && depth > 0) depth -= 1;
  }
  if (deepest > DEEPEST_GLOB_NESTING) return `nests groups ${deepest} deep (at most ${DEEPEST_GLOB_NESTING})`;
  if (groups > MOST_GLOB_GROUPS) return `has ${groups} groups (at most ${MOST_GLOB_GROUPS})`;
  const wildcards = mostWildcardsInOneName(glob);
  if (wildcards > MOST_WILDCARDS_PER_NAME) return `has ${wildcards} wildcards in one name (at most ${MOST_WILDCARDS_PER_NAME})`;
  try {
    picomatch.makeRe(configGlob(glob), { dot: true });
  } catch (error) {
    // V8's message quotes the whole RegExp: its reason is at the end.
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
    return `cannot be read: ${message.replace(/^Invalid regular expression: .*: /su, 'invalid RegExp: ').slice(0, 120)}`;
  }
  return null;
}

/** The most wildcards between two slashes of `glob`; inside `[…]` a `*` is a character. */
function mostWildcardsInOneName(glob: string): number {
  let most = 0;
  for (const name of namesOf(glob)) {
    if (name === '**') continue;
    const wildcards = name.match(/\*+|\+\(/gu)?.length ?? 0;
    most = Math.max(most, wildcards);
  }
  return most;
}

/** The glob's names (between slashes), with escaped characters and `[…]` classes left out. */
function namesOf(glob: string): string[] {
  const names: string[] = [];
  let name = '';
  for (let at = 0; at < glob.length; at++) {
    const char = glob[at]!;
    if (char === '\\') at += 1;
    else if (char === '[') {
      const close = glob.indexOf(']', at + 2);
      if (close === -1) name += char;
      else at = close;
    } else if (char === '/') {
      names.push(name);
      name = '';
    } else name += char;
  }
  names.push(name);
  return names;
}

/** A glob quoted for a message, its middle left out when it is long. */
export function quotedGlob(glob: string): string {
  return JSON.stringify(glob.length <= 60 ? glob : `${glob.slice(0, 40)}…${glob.slice(-15)}`);
}
