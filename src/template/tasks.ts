/**
 * Task item rules (DESIGN §2, Body): literal items are required (matched case-insensitively with
 * punctuation and a trailing `(…)` ignored, and recognized by their first words), `if applicable` /
 * `if needed` items are optional, items with placeholders collapse to "at least one task item here".
 *
 * An item pattern is matched against `normalizeItemText(item.text)`.
 */
import type { TaskItem } from '../outline/types.js';
import type { TaskItemRule, TaskRule } from './schema.js';
import { hasPlaceholder, type ScanOptions } from './placeholders.js';
import { normalizeForMatch } from './text.js';

const NOT_WORD = '[^\\p{L}\\p{N}]';
const INLINE_LINK = /!?\[((?:[^[\]]|\[[^\]]*\])*)\](?:\([^)]*\)|\[[^\]]*\])/gu;
const TRAILING_PAREN = /\s*\([^()]*\)[^\p{L}\p{N}(]*$/u;
const CONDITIONAL = /\bif (?:applicable|needed)\b/iu;

/** Task item text as item patterns see it: links reduced to their text, then normalized. */
export function normalizeItemText(text: string): string {
  return normalizeForMatch(text.replace(INLINE_LINK, '$1'));
}

/** The words of an item, without links' destinations and without a trailing `(…)`. */
export function itemWords(text: string): string[] {
  const normalized = normalizeItemText(text);
  const withoutParen = normalized.replace(TRAILING_PAREN, '');
  const base = /[\p{L}\p{N}]/u.test(withoutParen) ? withoutParen : normalized;
  return base.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0);
}

/**
 * The pattern of a literal item: its first words in order (all of a short item, else at least three
 * and at least half of them, and at least `minWords`), any punctuation between, then anything after
 * a separator. So a trailing `(…)` or added detail (`Monitoring configured in Grafana`) is accepted,
 * and so is an item whose text wraps onto a second line (an item's text is its first line only).
 */
export function itemPattern(text: string, minWords = 0): string {
  const words = itemWords(text);
  const enough = Math.max(minWords, Math.min(words.length, 3), Math.ceil(words.length / 2));
  const kept = Math.min(words.length, enough);
  return `^${NOT_WORD}*${words.slice(0, kept).join(`${NOT_WORD}+`)}(?:${NOT_WORD}.*)?$`;
}

/** The fewest first words that tell an item from the others of its list: one past the longest shared start. */
function distinguishingWords(words: readonly string[], others: ReadonlyArray<readonly string[]>): number {
  let shared = 0;
  for (const other of others) {
    let common = 0;
    while (common < words.length && common < other.length && words[common] === other[common]) common += 1;
    shared = Math.max(shared, common);
  }
  return shared + 1;
}

/** `Add retry logic (if applicable)`, `Update README if needed`. */
export function isConditionalItem(text: string): boolean {
  return CONDITIONAL.test(text);
}

/** A checklist of alternatives to pick from (an `Other` item): no single item is required. */
function isChoiceList(items: readonly TaskItem[]): boolean {
  return items.some((item) => itemWords(item.text).join(' ') === 'other');
}

/** The task rule of a template body's items, or null when it has none. */
export function compileTasks(items: readonly TaskItem[], scan: ScanOptions): TaskRule | null {
  if (items.length === 0) return null;
  const choice = isChoiceList(items);
  const literal = items.filter((item) => !hasPlaceholder(item.text, scan) && itemWords(item.text).length > 0);
  const atLeastOne = choice || literal.length < items.length;
  const wordLists = literal.map((item) => itemWords(item.text));
  const rules: TaskItemRule[] = [];
  literal.forEach((item, index) => {
    const others = wordLists.filter((_, other) => other !== index);
    const pattern = itemPattern(item.text, distinguishingWords(wordLists[index], others));
    if (rules.some((rule) => rule.pattern === pattern)) return;
    rules.push({
      display: item.text,
      pattern,
      required: !choice && !isConditionalItem(item.text),
      whenMember: null,
      line: item.span.start.line,
    });
  });
  return { items: rules, atLeastOne, line: items[0].span.start.line };
}
