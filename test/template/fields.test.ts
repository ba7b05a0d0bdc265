import { describe, expect, it } from '@jest/globals';
import { compileTemplate } from '../../src/template/compile.js';
import { saysOptional } from '../../src/template/hints/optional-comment.js';
import type { FieldRule } from '../../src/template/schema.js';
import { enumValues } from '../../src/template/enums.js';
import { isDateValue } from '../../src/template/values.js';

/** What the compiler reads off a template metadata line `**Key:** value`. */
function inferField(value: string): Pick<FieldRule, 'required' | 'type'> {
  const field = compileTemplate(`# T\n\n**Key:** ${value}\n\n## S\n\nx\n`, { name: 't' }).metadata?.fields[0];
  if (!field) throw new Error(`no field read from ${value}`);
  return { required: field.required, type: field.type };
}

describe('inferField', () => {
  it('reads enums from `A | B` and `[A/B]`', () => {
    expect(inferField('Draft | Planning | In Progress | Implemented | Deprecated')).toEqual({
      required: true,
      type: { kind: 'enum', values: ['Draft', 'Planning', 'In Progress', 'Implemented', 'Deprecated'] },
    });
    expect(inferField('[High/Medium/Low]').type).toEqual({ kind: 'enum', values: ['High', 'Medium', 'Low'] });
  });

  it('reads enums in prose (DESIGN §2b.6)', () => {
    const values = (value: string): string[] | null => {
      const type = inferField(value).type;
      return type.kind === 'enum' ? type.values : null;
    };
    expect(values('<Standards, Meta, or Informational>')).toEqual(['Standards', 'Meta', 'Informational']);
    expect(values('Draft, Review or Final')).toEqual(['Draft', 'Review', 'Final']);
    expect(values('one of alpha, beta, stable')).toEqual(['alpha', 'beta', 'stable']);
    expect(values('One of: Draft, Final')).toEqual(['Draft', 'Final']);
    expect(values('alpha|beta|stable')).toEqual(['alpha', 'beta', 'stable']);
    expect(values('[Low/Medium/High]')).toEqual(['Low', 'Medium', 'High']);
    expect(values('Low / Medium / High')).toEqual(['Low', 'Medium', 'High']);
    expect(values('(Proposed / Accepted / Obsolete)')).toEqual(['Proposed', 'Accepted', 'Obsolete']);
    expect(values('`alpha`, `beta`, or `stable`')).toEqual(['alpha', 'beta', 'stable']);
    expect(values('Yes, No, or N/A')).toEqual(['Yes', 'No', 'N/A']);
  });

  it('reads sentences and lists of samples with commas as text', () => {
    for (const value of [
      'Describe the change, its motivation, or its impact',
      '[name, email, or handle]',
      'Jane Doe, John Smith',
      '{Ready for Implementation, Implemented}',
      'Jane Doe / Tech Lead',
      'TCP/IP',
      'Accepted or Rejected',
      '**Awaiting implementation** or **Awaiting review**',
      'Ready when tests pass, docs are written, or the owner signs off',
      '<Alpha, Beta, or Gamma: pick the stage. See the guide>',
      "(fill me in with today's date, or leave it)",
    ]) {
      expect([value, inferField(value).type]).toEqual([value, { kind: 'text' }]);
    }
  });

  it('reads open lists as text', () => {
    expect(inferField('Draft, Review, or etc.').type).toEqual({ kind: 'text' });
    expect(inferField('<Standards, Meta, or …>').type).toEqual({ kind: 'text' });
    expect(inferField('[Developers/Integrators/System Administrators/etc.]').type).toEqual({ kind: 'text' });
    expect(inferField('{proposed | rejected | … | superseded by ADR-0123').type).toEqual({ kind: 'text' });
    expect(inferField('[Done/In progress/...]').type).toEqual({ kind: 'text' });
  });

  it('reads dates', () => {
    for (const value of ['YYYY-MM-DD', '[YYYY-MM-DD]', '<YYYY-MM-DD>', '{YYYY-MM-DD when it was last updated}']) {
      expect(inferField(value).type).toEqual({ kind: 'date' });
    }
    // A date that names no format takes any written day.
    expect(inferField('[Date]').type).toEqual({ kind: 'date', format: 'any' });
    expect(inferField("(fill me in with today's date, YYYY-MM-DD)").type).toEqual({ kind: 'date' });
  });

  it('reads date formats, and placeholders that mention one (DESIGN §2b.5)', () => {
    expect(inferField('yyyy-mm-dd').type).toEqual({ kind: 'date' });
    expect(inferField('<date of creation, in yyyy-mm-dd format>').type).toEqual({ kind: 'date' });
    expect(inferField('[MM/DD/YYYY]').type).toEqual({ kind: 'date', format: 'MM/DD/YYYY' });
    expect(inferField('dd/mm/yyyy').type).toEqual({ kind: 'date', format: 'DD/MM/YYYY' });
    expect(inferField('{Month DD, YYYY when it was decided}').type).toEqual({ kind: 'date', format: 'Month DD, YYYY' });
    expect(inferField('YYYYMMDD').type).toEqual({ kind: 'date', format: 'YYYYMMDD' });
    expect(inferField('[Creation date]').type).toEqual({ kind: 'date', format: 'any' });
    // Alternatives promise no date; a sentence about dates is no placeholder.
    expect(inferField('[YYYY-MM-DD or TBD]').type).toEqual({ kind: 'text' });
    expect(inferField('[Target release or date]').type).toEqual({ kind: 'text' });
    expect(inferField('Updated on each release date').type).toEqual({ kind: 'text' });
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
    expect(isDateValue('[Date of birth]')).toBe(true);
    expect(isDateValue('[Date or milestone]')).toBe(false);
    expect(isDateValue('[MM/DD/YYYY]')).toBe(false);
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

describe('template frontmatter', () => {
  it('is read line by line, a YAML comment marking the keys below it optional', () => {
    const source = [
      '---',
      'title: \'Quoted\'',
      '# These are optional metadata elements. Feel free to remove any of them.',
      'status: "{proposed | rejected | superseded by ADR-0123"',
      'date: {YYYY-MM-DD when the decision was last updated}',
      '  nested: ignored',
      'empty:',
      '---',
      '',
      '# {short title}',
      '',
      '## Context',
      '',
      'x',
    ].join('\n');
    const fields = compileTemplate(source, { name: 'madr' }).metadata?.fields ?? [];
    expect(fields.map((field) => [field.key, field.templateValue, field.line, field.required])).toEqual([
      ['title', 'Quoted', 2, true],
      ['status', '{proposed | rejected | superseded by ADR-0123', 4, false],
      ['date', '{YYYY-MM-DD when the decision was last updated}', 5, false],
      ['empty', '', 7, false],
    ]);
  });

  it('reads trailing comments, lists of samples, empty samples and relation keys (DESIGN §2b.7)', () => {
    const source = [
      '---',
      'title: <title>',
      'status: Draft|Final  # required',
      'discussion: <url>  # Only required for Standards Track',
      'category: "<Core, Tooling, or Docs>" # Otherwise, remove this field',
      'note: "a # in quotes" # optional',
      'authors:',
      '  - "@janedoe" # first author',
      '  - "@johndoe"',
      'deadline: ~',
      'withdrawal-reason:',
      'superseded_by: XIP-NNNN',
      'see also: <link>',
      '---',
      '',
      '# <title>',
    ].join('\n');
    const fields = compileTemplate(source, { name: 'xip' }).metadata?.fields ?? [];
    expect(fields.map((field) => [field.key, field.templateValue, field.required, field.type.kind])).toEqual([
      ['title', '<title>', true, 'text'],
      ['status', 'Draft|Final', true, 'enum'],
      ['discussion', '<url>', false, 'text'],
      ['category', '<Core, Tooling, or Docs>', false, 'enum'],
      ['note', 'a # in quotes', false, 'text'],
      ['authors', '@janedoe, @johndoe', true, 'list'],
      ['deadline', '~', false, 'text'],
      ['withdrawal-reason', '', false, 'text'],
      ['superseded_by', 'XIP-NNNN', false, 'text'],
      ['see also', '<link>', false, 'text'],
    ]);
  });

  it('keeps keys of any script, and keys with punctuation', () => {
    const source = ['---', 'état: Brouillon|Final', 'author(s): <names>', '---', '', '# <title>'].join('\n');
    expect(compileTemplate(source, { name: 't' }).metadata?.fields.map((field) => field.key)).toEqual(['état', 'author(s)']);
  });
});
