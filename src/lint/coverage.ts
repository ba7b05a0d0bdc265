/**
 * Where a checked document has its template's sections and fields: what its findings cannot say
 * (an optional section present is as silent as one left out), for the conformance report.
 */

import { findField } from './fields.js';
import type { DocumentMatch } from '../match/types.js';

export interface Coverage {
  /** Template section id → the line of the document's first section matched to it in its place. */
  sections: Record<string, number>;
  /** Template section id → the line of a section of its name standing under another parent. */
  misplaced: Record<string, number>;
  /** Field key (as the template writes it) → where the document gives it. */
  fields: Record<string, FieldCoverage>;
}

export interface FieldCoverage {
  line: number;
  /**
   * The value of an enum field or a `Status` field (what the report filters on), cut to 60
   * characters; `''` for any field given without a value.
   */
  value?: string;
}

const VALUE_LENGTH = 60;

export function coverageOf({ outline, schema, sections, misplaced }: DocumentMatch): Coverage {
  const coverage: Coverage = { sections: {}, misplaced: {}, fields: {} };
  for (const { rule, section } of sections) {
    coverage.sections[rule.id] ??= section.heading?.span.start.line ?? section.span.start.line;
  }
  for (const { rule, section } of misplaced) {
    coverage.misplaced[rule.id] ??= section.heading?.span.start.line ?? section.span.start.line;
  }
  for (const rule of schema.metadata?.fields ?? []) {
    const field = findField(outline, rule.key);
    if (!field) continue;
    const value = field.value.trim();
    const kept = value === '' || rule.type.kind === 'enum' || /^status$/iu.test(rule.key);
    coverage.fields[rule.key] = kept ? { line: field.span.start.line, value: value.slice(0, VALUE_LENGTH) } : { line: field.span.start.line };
  }
  return coverage;
}
