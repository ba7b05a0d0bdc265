import { describe, expect, it } from '@jest/globals';
import { enumValues, inferField, isDateValue, readFrontmatterLines, saysOptional } from '../../src/template/fields.js';

describe('inferField', () => {
  it('reads enums from `A | B` and `[A/B]`', () => {
    expect(inferField('Draft | Planning | In Progress | Implemented | Deprecated')).toEqual({
      required: true,
      type: { kind: 'enum', values: ['Draft', 'Planning', 'In Progress', 'Implemented', 'Deprecated'] },
    });
    expect(inferField('[High/Medium/Low]').type).toEqual({ kind: 'enum', values: ['High', 'Medium', 'Low'] });
  });

  it('reads open lists as text', () => {
    expect(inferField('[Developers/Integrators/System Administrators/etc.]').type).toEqual({ kind: 'text' });
    expect(inferField('{proposed | rejected | … | superseded by ADR-0123').type).toEqual({ kind: 'text' });
    expect(inferField('[Done/In progress/...]').type).toEqual({ kind: 'text' });
  });

  it('reads dates', () => {
    for (const value of ['YYYY-MM-DD', '[YYYY-MM-DD]', '<YYYY-MM-DD>', '[Date]', '{YYYY-MM-DD when it was last updated}']) {
      expect(inferField(value).type).toEqual({ kind: 'date' });
    }
    expect(inferField("(fill me in with today's date, YYYY-MM-DD)").type).toEqual({ kind: 'date' });
  });

  it('reads links', () => {
    expect(inferField('[Parent Document](../path/to/parent.md)').type).toEqual({ kind: 'link' });
    expect(inferField('Link to component spec').type).toEqual({ kind: 'link' });
    expect(inferField('[Links to related design documents]').type).toEqual({ kind: 'text' });
  });

  it('reads `(optional)` and types the rest', () => {
    expect(inferField('YYYY-MM-DD (optional)')).toEqual({ required: false, type: { kind: 'date' } });
    expect(inferField('<Name>')).toEqual({ required: true, type: { kind: 'text' } });
    expect(inferField('Ready for Implementation <!-- a note -->')).toEqual({ required: true, type: { kind: 'text' } });
  });
});

describe('value helpers', () => {
  it('tells dates and enum values', () => {
    expect(isDateValue('2024-01-01')).toBe(false);
    expect(isDateValue('[Date of birth]')).toBe(false);
    expect(enumValues('TCP/IP')).toBeNull();
    expect(enumValues('[Yes/No]')).toEqual(['Yes', 'No']);
    expect(enumValues('[A/]')).toBeNull();
  });

  it('tells comments that say optional', () => {
    expect(saysOptional('This is an optional element. Feel free to remove.')).toBe(true);
    expect(saysOptional('# These are optional metadata elements.')).toBe(true);
    expect(saysOptional('This section is optional')).toBe(true);
    expect(saysOptional('optional')).toBe(true);
    expect(saysOptional('For non-optional features moving to GA')).toBe(false);
    expect(saysOptional('list optional services that are needed')).toBe(false);
    expect(saysOptional('can optionally provide links')).toBe(false);
  });
});

describe('readFrontmatterLines', () => {
  it('reads broken YAML line by line, comments marking optional keys', () => {
    const raw = [
      '# These are optional metadata elements. Feel free to remove any of them.',
      'status: "{proposed | rejected | superseded by ADR-0123"',
      'date: {YYYY-MM-DD when the decision was last updated}',
      '  nested: ignored',
      'empty:',
    ].join('\n');
    expect(readFrontmatterLines(raw)).toEqual([
      { key: 'status', value: '{proposed | rejected | superseded by ADR-0123', index: 1, optionalByComment: true },
      { key: 'date', value: '{YYYY-MM-DD when the decision was last updated}', index: 2, optionalByComment: true },
      { key: 'empty', value: '', index: 4, optionalByComment: true },
    ]);
    expect(readFrontmatterLines("title: 'Quoted'")[0]).toMatchObject({ value: 'Quoted', optionalByComment: false });
  });
});
