/**
 * How far a glob may go before guidelint refuses it. picomatch turns a glob into a RegExp, and the
 * time that takes grows faster than the glob: extglobs nested 2,000 deep (`+(+(+(…a|b)|b)|b)`) took
 * it minutes, and thousands of groups in a row make a RegExp V8 will not build. No real glob comes
 * near these limits; one that passes them is refused with one line naming it.
 */

import picomatch from 'picomatch';
import { configGlob } from './config-glob.js';

/** Groups `(…)`, `{…}` and `[…]` inside one another. */
export const DEEPEST_GLOB_NESTING = 32;
/** Groups in one glob. */
export const MOST_GLOB_GROUPS = 256;

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
  try {
    picomatch.makeRe(configGlob(glob), { dot: true });
  } catch (error) {
    // V8's message quotes the whole RegExp: its reason is at the end.
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
    return `cannot be read: ${message.replace(/^Invalid regular expression: .*: /su, 'invalid RegExp: ').slice(0, 120)}`;
  }
  return null;
}

/** A glob quoted for a message, its middle left out when it is long. */
export function quotedGlob(glob: string): string {
  return JSON.stringify(glob.length <= 60 ? glob : `${glob.slice(0, 40)}…${glob.slice(-15)}`);
}
