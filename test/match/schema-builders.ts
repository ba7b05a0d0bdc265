/** Small hand-built GuideSchemas for matcher tests (no template compiler involved). */

import { SCHEMA_VERSION, type GuideSchema, type SectionRule, type SeriesRule } from '../../src/template/schema.js';
import { escapeRegExp, normalizeForMatch } from '../../src/template/text.js';

export interface SectionOptions {
  level?: number;
  required?: boolean;
  children?: SectionRule[];
  kind?: SectionRule['kind'];
  pattern?: string;
  series?: SeriesRule;
  max?: number | null;
  closed?: boolean;
}

/** A literal section rule whose pattern is its normalized display text. */
export function section(display: string, options: SectionOptions = {}): SectionRule {
  const kind = options.kind ?? 'literal';
  const unbounded = kind !== 'literal';
  return {
    id: display,
    display,
    pattern: options.pattern ?? `^${escapeRegExp(normalizeForMatch(display))}$`,
    kind,
    level: options.level ?? 2,
    required: options.required ?? true,
    min: options.required === false ? 0 : 1,
    max: options.max !== undefined ? options.max : unbounded ? null : 1,
    series: options.series ?? null,
    anyHeading: kind === 'slot',
    children: options.children ?? [],
    body: { tasks: null, tables: [], labels: [], code: null },
    closed: options.closed ?? false,
    line: 1,
  };
}

/** A slot: one or more sections of any name. */
export function slot(display: string, options: SectionOptions = {}): SectionRule {
  return section(display, { ...options, kind: 'slot', pattern: '^.+$' });
}

/** A numbered series `<prefix> {n}` with the matcher's named group `n`. */
export function numberedSeries(prefix: string, options: SectionOptions = {}): SectionRule {
  const head = escapeRegExp(normalizeForMatch(prefix));
  return section(`${prefix} {n}`, {
    ...options,
    kind: 'series',
    pattern: `^${head}\\s?(?<n>\\d+)(?![\\p{L}\\p{N}]|\\.\\d).*$`,
    series: { numbering: 'number', prefix, members: [`${prefix} 1: [Name]`] },
  });
}

export function schemaOf(sections: SectionRule[], title: string | null = '[Name]'): GuideSchema {
  return {
    schemaVersion: SCHEMA_VERSION,
    template: 'example',
    title: title === null ? null : { display: title, pattern: '^.+$', line: 1 },
    metadata: null,
    sections,
    closed: false,
    placeholders: [],
  };
}
