/**
 * Which template section or field each finding is about, for the conformance report. A rule names
 * it where the place does not tell (a missing section is reported where it would go); any other
 * finding is about the template field whose lines hold it, else about the innermost section matched
 * to the template that holds its line. Findings about the document as a whole (its title, a section
 * or field the template does not name, an unreadable document) are about none.
 */

import type { DocumentMatch, SectionMatch } from '../match/types.js';
import { findField } from './fields.js';
import type { Finding, RuleId } from './types.js';

const ABOUT_THE_DOCUMENT: ReadonlySet<RuleId> = new Set(['title', 'unknown-section', 'unknown-field']);

interface Lines<T> {
  first: number;
  last: number;
  target: T;
}

/** The findings, each naming its section or field when it is about one (new objects where one is added). */
export function withTargets(findings: readonly Finding[], match: DocumentMatch): Finding[] {
  const fields = fieldLines(match);
  const sections = sectionLines(match.sections);
  return findings.map((finding) => {
    if (finding.section !== undefined || finding.field !== undefined) return finding;
    if (finding.ruleId === null || ABOUT_THE_DOCUMENT.has(finding.ruleId)) return finding;
    const field = fields.find((entry) => holds(entry, finding.line));
    if (field) return { ...finding, field: field.target };
    const section = sections.find((entry) => holds(entry, finding.line));
    return section ? { ...finding, section: section.target } : finding;
  });
}

function holds(lines: Lines<unknown>, line: number): boolean {
  return line >= lines.first && line <= lines.last;
}

/** The lines of each template field the document has (key line to the value's last line). */
function fieldLines({ outline, schema }: DocumentMatch): Lines<string>[] {
  const lines: Lines<string>[] = [];
  for (const rule of schema.metadata?.fields ?? []) {
    const field = findField(outline, rule.key);
    if (!field) continue;
    lines.push({ first: field.span.start.line, last: Math.max(field.span.end.line, field.valueSpan.end.line), target: rule.key });
  }
  return lines;
}

/** The lines of each matched section, innermost (shortest) first, so that the first that holds a line is the innermost. */
function sectionLines(matches: readonly SectionMatch[]): Lines<string>[] {
  return matches
    .map(({ rule, section }) => ({ first: section.span.start.line, last: section.span.end.line, target: rule.id }))
    .sort((a, b) => a.last - a.first - (b.last - b.first));
}
