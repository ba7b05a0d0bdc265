/** Which literal items of a section's task rule a document's task item is. */

import type { TaskRule } from '../template/schema.js';
import { normalizeItemText } from '../template/text.js';
import { TextMemo } from '../outline/text-memo.js';
import { matchesPattern } from './word-pattern.js';

/** Kept per task rule and item text: the documents of one template repeat its checklists. */
const memos = new WeakMap<TaskRule, TextMemo<readonly number[]>>();

/** The positions in `tasks.items` of the item rules whose pattern the item's text (as written) matches. */
export function itemRulesMatching(tasks: TaskRule, itemText: string): readonly number[] {
  let memo = memos.get(tasks);
  if (!memo) {
    memo = new TextMemo();
    memos.set(tasks, memo);
  }
  return memo.get(itemText, (text) => {
    const normalized = normalizeItemText(text);
    return tasks.items.flatMap((rule, index) => (matchesPattern(rule, normalized) ? [index] : []));
  });
}
