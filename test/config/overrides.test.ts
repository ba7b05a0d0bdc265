import { describe, expect, it } from '@jest/globals';
import { ConfigError } from '../../src/config/errors.js';
import { applySectionOverrides } from '../../src/config/overrides.js';
import type { GuideSchema, SectionRule, SeriesRule } from '../../src/template/schema.js';

function section(display: string, extra: Partial<SectionRule> = {}): SectionRule {
  return {
    display,
    pattern: '^x$',
    id: display,
    kind: 'literal',
    level: 2,
    required: true,
    min: 1,
    max: 1,
    series: null,
    anyHeading: false,
    children: [],
    body: { tasks: null, tables: [], labels: [], code: null },
    closed: false,
    line: 1,
    ...extra,
  };
}

const steps: SeriesRule = { numbering: 'number', prefix: 'Step', members: ['Step 1: [Step Name]', 'Step 2: [Step Name]'] };

function schema(): GuideSchema {
  return {
    schemaVersion: 1,
    template: 'rfc',
    title: null,
    metadata: null,
    sections: [
      section('Summary'),
      section('Implementation', {
        children: [
          section('Step {n}', { id: 'Implementation > Step {n}', kind: 'series', level: 3, max: null, series: steps }),
          section('Notes', { id: 'Implementation > Notes', level: 3 }),
        ],
      }),
      section('Unresolved Questions'),
      section('Notes', { id: 'Notes' }),
    ],
    closed: false,
    placeholders: [],
  };
}

const ORIGIN = '.guidelintrc.yaml: templates.rfc';

describe('applySectionOverrides', () => {
  it('matches a heading case-insensitively and returns a new schema', () => {
    const original = schema();
    const result = applySectionOverrides(original, { 'unresolved questions': { optional: true } }, ORIGIN);
    expect(result.sections[2]).toEqual({ ...original.sections[2], required: false });
    expect(original.sections[2]!.required).toBe(true);
    expect(result.sections[0]).toEqual(original.sections[0]);
  });

  it('names a series by its prefix and a {…} hole, or by a member heading', () => {
    const byHole = applySectionOverrides(schema(), { 'step {N}': { min: 2, max: 5 } }, ORIGIN);
    expect(byHole.sections[1]!.children[0]).toMatchObject({ min: 2, max: 5, required: true });
    const byMember = applySectionOverrides(schema(), { 'Step 2: [Step Name]': { anyHeading: true } }, ORIGIN);
    expect(byMember.sections[1]!.children[0]!.anyHeading).toBe(true);
  });

  it('applies to every section with that heading, or to one named by its id path', () => {
    const all = applySectionOverrides(schema(), { Notes: { closed: true } }, ORIGIN);
    expect([all.sections[1]!.children[1]!.closed, all.sections[3]!.closed]).toEqual([true, true]);
    const one = applySectionOverrides(schema(), { 'Implementation > Notes': { closed: true } }, ORIGIN);
    expect([one.sections[1]!.children[1]!.closed, one.sections[3]!.closed]).toEqual([true, false]);
  });

  it('makes a section optional with min 0 and required with optional: false', () => {
    const result = applySectionOverrides(schema(), { Summary: { min: 0, max: null }, Notes: { optional: false } }, ORIGIN);
    expect(result.sections[0]).toMatchObject({ required: false, min: 0, max: null });
    expect(result.sections[3]!.required).toBe(true);
  });

  it('throws a ConfigError naming the template for an unknown section', () => {
    expect(() => applySectionOverrides(schema(), { 'Unresolved questionz': { optional: true } }, ORIGIN)).toThrow(
      new ConfigError(
        '.guidelintrc.yaml: templates.rfc.sections."Unresolved questionz": template "rfc" has no such section (did you mean "Unresolved Questions"?)',
      ),
    );
    expect(() => applySectionOverrides(schema(), { Motivation: {} }, ORIGIN)).toThrow(
      new ConfigError(
        '.guidelintrc.yaml: templates.rfc.sections.Motivation: template "rfc" has no such section (sections: Summary, Implementation, Step {n}, Notes, Unresolved Questions, Notes)',
      ),
    );
  });

  it('throws when an override leaves min above max', () => {
    expect(() => applySectionOverrides(schema(), { Summary: { min: 2 } }, ORIGIN)).toThrow(
      new ConfigError('.guidelintrc.yaml: templates.rfc.sections.Summary: min 2 is more than max 1 for section "Summary"'),
    );
  });

  it('returns the schema itself when there is nothing to apply', () => {
    const original = schema();
    expect(applySectionOverrides(original, {})).toBe(original);
  });
});
