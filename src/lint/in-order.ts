/**
 * The sections of a scope that stand in the template's order: the longest ordered run of them
 * (`longestOrderedSubsequence`). The others are `section-order` findings, and no anchor for a
 * missing section: placed after a section that is itself out of place, a fix would move the
 * misplacement onto the sections it writes.
 */
import type { Scope, SectionMatch } from '../match/types.js';
import { longestOrderedSubsequence } from './ordered-subsequence.js';

const inOrderOf = new WeakMap<Scope, readonly SectionMatch[]>();

/** The scope's matches in order, in document order; once per scope. */
export function inOrderMatches(scope: Scope): readonly SectionMatch[] {
  let inOrder = inOrderOf.get(scope);
  if (inOrder === undefined) {
    const kept = longestOrderedSubsequence(scope.matched.map((entry) => entry.ruleIndex));
    inOrder = scope.matched.filter((_, position) => kept[position]);
    inOrderOf.set(scope, inOrder);
  }
  return inOrder;
}
