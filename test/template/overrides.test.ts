import { describe, expect, it } from '@jest/globals';
import { compileTemplate, OverrideError, type SectionOverride } from '../../src/template/compile.js';
import type { GuideSchema } from '../../src/template/schema.js';

const TEMPLATE = [
  '# RFC',
  '## Summary',
  'x',
  '## Implementation',
  '### Step 1: [Step Name]',
  'x',
  '### Step 2: [Step Name]',
  'x',
  '### Notes',
  'x',
  '## Unresolved Questions',
  'x',
  '## Notes',
  'x',
].join('\n\n');

const compile = (sections: Record<string, SectionOverride> = {}): GuideSchema =>
  compileTemplate(TEMPLATE, { name: 'rfc', external: { sections } });

describe('config section overrides, the strongest hints', () => {
  it('match a heading case-insensitively', () => {
    const original = compile();
    const result = compile({ 'unresolved questions': { optional: true } });
    expect(result.sections[2]).toEqual({ ...original.sections[2], required: false, why: ['optional: config sections."unresolved questions"'] });
    expect(result.sections[0]).toEqual(original.sections[0]);
  });

  it('name a series by its prefix and a {…} hole, or by a member heading', () => {
    expect(compile({ 'step {N}': { min: 2, max: 5 } }).sections[1]!.children[0]).toMatchObject({ min: 2, max: 5, required: true });
    expect(compile({ 'Step 2: [Step Name]': { anyHeading: true } }).sections[1]!.children[0]).toMatchObject({
      anyHeading: true,
      pattern: '^.+$',
    });
  });

  it('apply to every section with that heading, or to one named by its id path', () => {
    const all = compile({ Notes: { closed: true } });
    expect([all.sections[1]!.children[1]!.closed, all.sections[3]!.closed]).toEqual([true, true]);
    const one = compile({ 'Implementation > Notes': { closed: true } });
    expect([one.sections[1]!.children[1]!.closed, one.sections[3]!.closed]).toEqual([true, false]);
  });

  it('make a section optional with min 0, and required with optional: false over the template', () => {
    const result = compile({ Summary: { min: 0, max: null }, Notes: { optional: false } });
    expect(result.sections[0]).toMatchObject({ required: false, min: 0, max: null });
    expect(result.sections[3]!.required).toBe(true);
    const marked = compileTemplate('# T\n\n## Summary\n\nx\n\n## Notes (optional)\n\nx\n', {
      name: 't',
      external: { sections: { 'Notes (optional)': { optional: false } } },
    });
    expect(marked.sections[1]!.required).toBe(true);
  });

  it('throw an OverrideError for an unknown section, with the template section names', () => {
    expect(() => compile({ Motivation: {} })).toThrow(
      new OverrideError('Motivation', 'template "rfc" has no such section', [
        'Summary',
        'Implementation',
        'Step {n}',
        'Notes',
        'Unresolved Questions',
        'Notes',
      ]),
    );
    try {
      compile({ Motivation: {} });
    } catch (error) {
      expect(error).toBeInstanceOf(OverrideError);
      expect((error as OverrideError).names).toEqual(['Summary', 'Implementation', 'Step {n}', 'Notes', 'Unresolved Questions', 'Notes']);
    }
  });

  it('throw when an override leaves min above max', () => {
    expect(() => compile({ Summary: { min: 2 } })).toThrow('min 2 is more than max 1 for section "Summary"');
  });
});
