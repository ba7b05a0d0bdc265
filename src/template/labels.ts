/**
 * Label rules (DESIGN §2, Body): a bold `**Label:**` opening a line of a body paragraph must appear
 * in the document's section. Labels with placeholders are not required; numbered labels fold like
 * headings (`**Test Scenario 1:**`, `**Test Scenario 2:**` → `Test Scenario {n}`); a label whose
 * value is `[If …]` or `[Optional …]` is optional.
 *
 * A label pattern is matched against `normalizeForMatch(label.text)`.
 */
import type { Label } from '../outline/types.js';
import type { LabelRule } from './schema.js';
import { findPlaceholders, hasPlaceholder, isConditionalPlaceholder, type ScanOptions } from './placeholders.js';
import { textPattern } from './pattern.js';
import { parseNumbered, seriesDisplay, seriesPattern } from './series.js';

/** The label rules of a template body. `lines` is the template's source, to read a value on the next line. */
export function compileLabels(labels: readonly Label[], lines: readonly string[], scan: ScanOptions): LabelRule[] {
  const rules: LabelRule[] = [];
  for (const label of labels) {
    if (hasPlaceholder(label.text, scan)) continue;
    const numbered = parseNumbered(label.text);
    const [display, pattern] = numbered
      ? [seriesDisplay(numbered), seriesPattern(numbered)]
      : [label.text, textPattern(label.text, scan, { optionalTrailingParen: true })];
    if (rules.some((rule) => rule.pattern === pattern)) continue;
    const required = !isConditionalValue(labelValue(label, lines), scan);
    rules.push({ display, pattern, required, line: label.span.start.line });
  }
  return rules;
}

/**
 * What the label introduces: the rest of its line, or, when that is empty, the next line of the
 * paragraph (`**Benchmarks:**` then `[If applicable, include benchmark results]`).
 */
function labelValue(label: Label, lines: readonly string[]): string {
  if (label.value !== '') return label.value;
  const next = lines[label.span.start.line] ?? '';
  return /^\s*(?:\*\*|[-*+]\s|\d+[.)]\s|#|```|~~~|>|\|)/u.test(next) ? '' : next.trim();
}

function isConditionalValue(value: string, scan: ScanOptions): boolean {
  const first = findPlaceholders(value, scan)[0];
  return first !== undefined && first.start === 0 && isConditionalPlaceholder(first);
}
