/** `--fix` on one document, as ESLint does it: lint, apply the fixes, lint again, until nothing changes (at most 10 passes). */

import type { Finding } from '../lint/types.js';
import { applyFixes } from './apply-fixes.js';

/** ESLint's limit: fixes that keep producing new fixes stop here. */
export const MAX_FIX_PASSES = 10;

export interface FixedSource {
  /** The source after every pass. */
  output: string;
  /** The findings of `output`: what is left to do by hand. */
  messages: Finding[];
  /** How many passes changed the source. */
  passes: number;
}

/** Lints and fixes `source` until a pass applies no fix; `lint` gives a text's findings (fixes included). */
export function fixSource(source: string, lint: (text: string) => Finding[]): FixedSource {
  let output = source;
  let messages = lint(output);
  let passes = 0;
  while (passes < MAX_FIX_PASSES) {
    const fixes = messages.flatMap((message) => (message.fix ? [message.fix] : []));
    const next = applyFixes(output, fixes).output;
    if (next === output) break;
    output = next;
    passes += 1;
    messages = lint(output);
  }
  return { output, messages, passes };
}
