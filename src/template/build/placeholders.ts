/**
 * The placeholder list (DESIGN §2, Placeholders left in): the exact template texts a document must
 * not keep, read off the template's source lines (comments masked out).
 *
 * - `[…]`, `<…>`, `{…}`: anywhere; also inside code when of two or more words, and then only those
 *   (`[command to check version]`, never `#[test]` or TOML `[section]`); `<Word>` case-sensitively.
 * - `YYYY-MM-DD`, `X.X+`, `XXX`, ids (`CHRONO-003` in the title, `KEP-NNNN`): only in headings,
 *   metadata values and table cells.
 * - links whose destination is a template dummy (`../path/to/parent.md`, `example.com`, `/org/repo`,
 *   or a placeholder), but never a `[← Back to …](…)` navigation line; real links a document keeps
 *   (`[IMPROVEMENT-PLAN.md](./IMPROVEMENT-PLAN.md)`) are not in the list.
 * - not the markers `[Optional]` / `[Required]`, which documents keep on purpose;
 * - a metadata value wholly in parentheses (the Rust RFC's `(fill me in with a unique ident, …)`);
 * - an enum's or a link's value written without a placeholder (`Draft | Planning | Done`, `Link to
 *   component spec`): only as a metadata value (and in headings and table cells), where `--fix`
 *   writes it for a missing field;
 * - then the samples (`samples.ts`): a kept sample title or sample person; and the sentences of
 *   the template's guidance (`sentences.ts`).
 */
import type { Typed } from '../ir.js';
import { hasPlaceholder, placeholderWords, type InlineLink, type Placeholder } from '../placeholders.js';
import type { MetadataRule, PlaceholderRule } from '../schema.js';
import { valueWithoutMarkers } from '../values.js';
import { sampleRules } from './samples.js';
import { sentenceRules } from './sentences.js';

export function buildPlaceholders(typed: Typed, metadata: MetadataRule | null): PlaceholderRule[] {
  const { doc } = typed;
  const rules = new Map<string, PlaceholderRule>();
  const add = (rule: PlaceholderRule): void => {
    if (!rules.has(rule.text)) rules.set(rule.text, rule);
  };
  for (const { line, code, scan } of doc.lineScans) {
    for (const placeholder of scan.placeholders) {
      const rule = placeholderRule(placeholder, code, line);
      if (rule) add(rule);
    }
    for (const link of scan.links) {
      if (isDummyLink(link)) add({ text: link.text, scope: 'anywhere', inCode: false, caseSensitive: false, line });
    }
  }
  for (const field of doc.outline.metadata) {
    if (/^\([^()]+\)$/u.test(field.value) && field.value.trim().split(/\s+/u).length >= 2) {
      add({ text: field.value, scope: 'anywhere', inCode: false, caseSensitive: false, line: field.span.start.line });
    }
  }
  for (const field of metadata?.fields ?? []) {
    const value = valueWithoutMarkers(field.templateValue);
    if ((field.type.kind === 'enum' || field.type.kind === 'link') && !hasPlaceholder(value) && !/\]\(/u.test(value)) {
      add({ text: value, scope: 'structured', inCode: false, caseSensitive: false, line: field.line });
    }
  }
  sampleRules(typed).forEach(add);
  sentenceRules(doc).forEach(add);
  return [...rules.values()].sort((a, b) => a.line - b.line);
}

function placeholderRule(placeholder: Placeholder, codeLine: boolean, line: number): PlaceholderRule | null {
  const { kind, text } = placeholder;
  if (kind === 'file') return null;
  if (kind === 'token' || kind === 'id') {
    return { text, scope: 'structured', inCode: false, caseSensitive: false, line };
  }
  const words = placeholderWords(placeholder);
  if ((codeLine || placeholder.inCode) && words < 2) return null;
  if (MARKER.test(placeholder.inner)) return null;
  return { text, scope: 'anywhere', inCode: words >= 2, caseSensitive: kind === 'angle', line };
}

/** `[Optional] Aggregation method:` marks a line, it is not text to replace: documents keep it. */
const MARKER = /^(?:optional|required)$/iu;
const NAVIGATION = /^[^\p{L}\p{N}]*(?:\S{1,3}\s+)?back to\b/iu;
const DUMMY_URL = /path\/to|example\.com|\/org\/repo/iu;

/** A link kept as the template has it counts only when its destination is obviously a dummy. */
function isDummyLink(link: InlineLink): boolean {
  if (link.url === null || NAVIGATION.test(link.label)) return false;
  return DUMMY_URL.test(link.url) || hasPlaceholder(link.url);
}
