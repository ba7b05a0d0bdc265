import { describe, expect, it } from '@jest/globals';
import { compileTemplate, OverrideError, type ExternalHints } from '../../src/template/compile.js';
import type { MetadataRule } from '../../src/template/schema.js';

const TEMPLATE = ['---', 'title: <title>', 'status: Draft|Review|Accepted|Withdrawn', 'created: YYYY-MM-DD', 'replaces:', '---', '', '# <title>', '', '## Summary', '', 'x'].join('\n');

const metadata = (external: Omit<ExternalHints, 'sections'>): MetadataRule =>
  compileTemplate(TEMPLATE, { name: 'xip', external: { sections: {}, ...external } }).metadata!;

describe('config field overrides, the strongest hints (DESIGN §5, Fields)', () => {
  it('set presence, values and type over the template, by key compared loosely', () => {
    const { fields } = metadata({
      fields: { Status: { values: ['Draft', 'Final'] }, REPLACES: { optional: false }, created: { type: 'text' } },
    });
    expect(fields.map((field) => [field.key, field.required, field.type])).toEqual([
      ['title', true, { kind: 'text' }],
      ['status', true, { kind: 'enum', values: ['Draft', 'Final'] }],
      ['created', true, { kind: 'text' }],
      ['replaces', true, { kind: 'text' }],
    ]);
  });

  it('add the fields only the config names, with their constraints, and the field order', () => {
    const rule = metadata({
      fields: {
        'decision-date': { type: 'date', requiredIf: { status: ['Accepted'] } },
        reason: { requiredIf: { status: 'Withdrawn' }, allowedIf: { status: 'Withdrawn' }, maxLength: 80 },
        id: { type: 'integer', pattern: '^[0-9]{4}$', optional: true },
      },
      fieldOrder: ['id', 'title', 'status'],
    });
    expect(rule.fields.slice(4)).toEqual([
      {
        key: 'decision-date',
        required: false,
        type: { kind: 'date' },
        templateValue: '',
        line: 0,
        requiredIf: { status: ['Accepted'] },
        why: ['optional: config fields."decision-date".requiredIf'],
      },
      {
        key: 'reason',
        required: false,
        type: { kind: 'text' },
        templateValue: '',
        line: 0,
        maxLength: 80,
        requiredIf: { status: ['Withdrawn'] },
        allowedIf: { status: ['Withdrawn'] },
        why: ['optional: config fields."reason".requiredIf'],
      },
      {
        key: 'id',
        required: false,
        type: { kind: 'integer' },
        templateValue: '',
        line: 0,
        pattern: '^[0-9]{4}$',
        why: ['optional: config fields."id"'],
      },
    ]);
    expect(rule.order).toEqual(['id', 'title', 'status']);
  });

  it('give a template without metadata a frontmatter rule for the fields the config names', () => {
    const rule = compileTemplate('# T\n\n## Summary\n\nx\n', { name: 't', external: { sections: {}, fields: { owner: {} } } }).metadata;
    expect(rule).toEqual({ form: 'frontmatter', line: 0, fields: [{ key: 'owner', required: true, type: { kind: 'text' }, templateValue: '', line: 0 }] });
  });

  it('throw an OverrideError for a condition or an order naming no field, or a value the field cannot hold', () => {
    const error = (external: Omit<ExternalHints, 'sections'>): OverrideError => {
      try {
        metadata(external);
      } catch (thrown) {
        return thrown as OverrideError;
      }
      throw new Error('no error');
    };
    expect(error({ fields: { created: { requiredIf: { stats: 'Accepted' } } } })).toMatchObject({
      scope: 'fields',
      key: 'created',
      problem: 'requiredIf names no field "stats"',
      unknown: 'stats',
      names: ['title', 'status', 'created', 'replaces'],
    });
    expect(error({ fields: { created: { allowedIf: { status: 'Acepted' } } } }).message).toBe(
      'fields.created: allowedIf: "Acepted" is not a value of field "status"',
    );
    expect(error({ fieldOrder: ['title', 'stauts'] })).toMatchObject({ scope: 'fieldOrder', key: 'stauts', problem: 'names no field' });
  });
});
