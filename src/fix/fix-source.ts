/**
 * `--fix` on one document, as ESLint does it: lint, apply the fixes, lint again, until nothing
 * changes (at most 10 passes) — and, unlike ESLint, each pass is checked: a fix whose finding is
 * still there after it (the inserted text landed where the parser does not see it, say in a code
 * block left open) is backed out and not tried again, so that fixes never multiply.
 */

import type { Finding } from '../lint/types.js';
import { applyFixes, chooseFixes } from './apply-fixes.js';

/** ESLint's limit: fixes that keep producing new fixes stop here. */
export const MAX_FIX_PASSES = 10;

export interface FixedSource {
  /** The source after every pass. */
  output: string;
  /** The findings of `output`: what is left to do by hand (a fix that did not work is dropped from its finding). */
  messages: Finding[];
  /** How many passes changed the source. */
  passes: number;
}

/** Lints and fixes `source` until a pass applies no fix; `lint` gives a text's findings (fixes included). */
export function fixSource(source: string, lint: (text: string) => Finding[]): FixedSource {
  let output = source;
  let messages = lint(output);
  let passes = 0;
  /** The findings (by key) whose fix, applied to `output`, left them in place. */
  const failed = new Set<string>();
  while (passes < MAX_FIX_PASSES) {
    const fixable = messages.filter((message) => message.fix !== undefined && !failed.has(findingKey(message)));
    const chosen = new Set(chooseFixes(output, fixable.map((message) => message.fix!)));
    const next = applyFixes(output, [...chosen]).output;
    if (next === output) break;
    const nextMessages = lint(next);
    const applied = fixable.filter((message) => chosen.has(message.fix!));
    const stuck = stillThere(applied, messages, nextMessages);
    // The pass is discarded and done again without them: each time one more finding is given up,
    // until the text changes (another fix may have made a place where theirs works).
    if (stuck.length > 0) for (const key of stuck) failed.add(key);
    else {
      output = next;
      messages = nextMessages;
      passes += 1;
      failed.clear();
    }
  }
  return { output, messages: messages.map((message) => (failed.has(findingKey(message)) ? withoutFix(message) : message)), passes };
}

/** A finding as it is told apart from others across passes: positions move when text goes in. */
function findingKey(finding: Finding): string {
  return `${finding.ruleId ?? ''}\u0000${finding.message}`;
}

/** The keys of the applied findings that the pass did not remove: as many of them after it as before, less those applied. */
function stillThere(applied: readonly Finding[], before: readonly Finding[], after: readonly Finding[]): string[] {
  const appliedCounts = countByKey(applied);
  const beforeCounts = countByKey(before);
  const afterCounts = countByKey(after);
  return [...appliedCounts].filter(([key, count]) => (afterCounts.get(key) ?? 0) > (beforeCounts.get(key) ?? 0) - count).map(([key]) => key);
}

function countByKey(findings: readonly Finding[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const finding of findings) counts.set(findingKey(finding), (counts.get(findingKey(finding)) ?? 0) + 1);
  return counts;
}

function withoutFix(finding: Finding): Finding {
  const { fix: _fix, ...rest } = finding;
  return rest;
}
