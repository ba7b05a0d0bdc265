/**
 * `--fix` on one document, as ESLint does it: lint, apply the fixes, lint again, until nothing
 * changes (at most 10 passes) — and, unlike ESLint, each pass is checked: a fix whose finding is
 * still there after it (the inserted text landed where the parser does not see it, say in a code
 * block left open) is backed out and not tried again, so that fixes never multiply.
 *
 * The sections a rule finds missing at one place go in together, in the order it reports them
 * (template order; see BLOCK_INSERTING_RULES), so that ten sections missing at the end of a
 * document need one pass, not ten. Joined insertions can still land in the wrong order (a missing
 * subsection after its parent's missing next sibling): a pass whose joined insertions leave a rule
 * with more findings than it should have, or leave a joined fix's finding in place, is done again
 * with one insertion per place (a fix that went in alone at its place and stayed is given up at once).
 *
 * Each distinct text is linted once: a fix backed out beside others and tried again after their
 * pass often gives a text an earlier try gave.
 */

import { createHash } from 'node:crypto';
import { BLOCK_INSERTING_RULES } from '../lint/fixes.js';
import type { Finding, Fix } from '../lint/types.js';
import { applyFixes, chooseFixes, hasJoinedInsertions } from './apply-fixes.js';

/** ESLint's limit: fixes that keep producing new fixes stop here. */
export const MAX_FIX_PASSES = 10;

export interface FixedSource {
  /** The source after every pass. */
  output: string;
  /** The findings of `output`: what is left to do by hand (a fix that did not work is dropped from its finding). */
  messages: Finding[];
  /** How many passes changed the source. */
  passes: number;
  /** How many of the findings the source had with a fix are gone (a fix may repair several: the task items missing at one place). */
  fixed: number;
}

interface Pass {
  chosen: Set<Fix>;
  next: string;
  nextMessages: Finding[];
  /** The findings whose fix the pass applied. */
  applied: Finding[];
}

/** Lints and fixes `source` until a pass applies no fix; `lint` gives a text's findings (fixes included). */
export function fixSource(source: string, lintText: (text: string) => Finding[]): FixedSource {
  const lint = lintedOnce(lintText);
  let output = source;
  let messages = lint(output);
  let passes = 0;
  const firstFindings = messages;
  /** The findings (by key) whose fix, applied to `output`, left them in place. */
  const failed = new Set<string>();
  while (passes < MAX_FIX_PASSES) {
    const fixable = messages.filter((message) => message.fix !== undefined && !failed.has(findingKey(message)));
    const ruleOf = new Map(fixable.map((message) => [message.fix!, message.ruleId]));
    const joinable = (chosen: Fix, next: Fix): boolean => {
      const rule = ruleOf.get(chosen);
      return rule !== null && rule !== undefined && BLOCK_INSERTING_RULES.has(rule) && ruleOf.get(next) === rule;
    };
    const runPass = (join: boolean): Pass | null => {
      const joinInsertions = join && joinable;
      const chosen = new Set(chooseFixes(output, fixable.map((message) => message.fix!), { joinInsertions }));
      const next = applyFixes(output, [...chosen], { joinInsertions }).output;
      if (next === output) return null;
      return { chosen, next, nextMessages: lint(next), applied: fixable.filter((message) => chosen.has(message.fix!)) };
    };
    let pass = runPass(true);
    if (pass === null) break;
    let stuck = stillThere(pass.applied, messages, pass.nextMessages);
    if (hasJoinedInsertions([...pass.chosen]) && (stuck.length > 0 ? stuck.some(joinedIn(pass)) : !keepsJoinedPass(pass, messages))) {
      pass = runPass(false)!;
      stuck = stillThere(pass.applied, messages, pass.nextMessages);
    }
    // The pass is discarded and done again without them: each time one more finding is given up,
    // until the text changes (another fix may have made a place where theirs works).
    if (stuck.length > 0) for (const key of stuck) failed.add(key);
    else {
      output = pass.next;
      messages = pass.nextMessages;
      passes += 1;
      failed.clear();
    }
  }
  return {
    output,
    messages: messages.map((message) => (failed.has(findingKey(message)) ? withoutFix(message) : message)),
    passes,
    fixed: repairedCount(firstFindings, messages),
  };
}

/** `lint`, called once for each distinct text (by its SHA-1: the texts tried may be large and many). */
function lintedOnce(lint: (text: string) => Finding[]): (text: string) => Finding[] {
  const findingsByHash = new Map<string, Finding[]>();
  return (text) => {
    const hash = createHash('sha1').update(text).digest('base64');
    const known = findingsByHash.get(hash);
    if (known) return known;
    const findings = lint(text);
    findingsByHash.set(hash, findings);
    return findings;
  };
}

/**
 * Whether a finding (by key) had its fix go in joined to other insertions at its place: only then
 * may the joining be what kept it; a fix that went in alone at its place is given up at once.
 */
function joinedIn(pass: Pass): (key: string) => boolean {
  const insertionsAt = new Map<number, number>();
  for (const { range } of pass.chosen) if (range[0] === range[1]) insertionsAt.set(range[0], (insertionsAt.get(range[0]) ?? 0) + 1);
  const joined = new Set(
    pass.applied.filter(({ fix }) => fix!.range[0] === fix!.range[1] && insertionsAt.get(fix!.range[0])! > 1).map(findingKey),
  );
  return (key) => joined.has(key);
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

/**
 * A pass with joined insertions, each of whose fixes removed its finding, is kept when every rule
 * whose fixes it applied has at least that many findings fewer after it (a misplaced insertion
 * leaves a finding under another message).
 */
function keepsJoinedPass(pass: Pass, before: readonly Finding[]): boolean {
  const beforeCounts = countBy(before, ruleKey);
  const afterCounts = countBy(pass.nextMessages, ruleKey);
  return [...countBy(pass.applied, ruleKey)].every(([rule, count]) => (afterCounts.get(rule) ?? 0) <= (beforeCounts.get(rule) ?? 0) - count);
}

/** How many of the findings first found with a fix are gone from the last text (those later passes bring are not counted). */
function repairedCount(found: readonly Finding[], left: readonly Finding[]): number {
  const foundCounts = countByKey(found);
  const leftCounts = countByKey(left);
  const fixable = countByKey(found.filter((finding) => finding.fix !== undefined));
  return [...fixable].reduce((sum, [key, count]) => sum + Math.min(count, Math.max(0, foundCounts.get(key)! - (leftCounts.get(key) ?? 0))), 0);
}

function ruleKey(finding: Finding): string {
  return finding.ruleId ?? '';
}

function countByKey(findings: readonly Finding[]): Map<string, number> {
  return countBy(findings, findingKey);
}

function countBy(findings: readonly Finding[], keyOf: (finding: Finding) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const finding of findings) counts.set(keyOf(finding), (counts.get(keyOf(finding)) ?? 0) + 1);
  return counts;
}

function withoutFix(finding: Finding): Finding {
  const { fix: _fix, ...rest } = finding;
  return rest;
}
