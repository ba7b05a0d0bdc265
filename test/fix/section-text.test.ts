import { describe, expect, it } from '@jest/globals';
import { sectionText } from '../../src/lint/fixes.js';
import { compileTemplate } from '../../src/template/compile.js';
import type { SectionRule } from '../../src/template/schema.js';

const schema = compileTemplate(
  [
    '# [Name]',
    '## Steps',
    '<!-- guidelint: closed -->',
    'Follow them in order.',
    '### Step 1: [First] (Day 1)',
    '[What to do]',
    '',
    '---',
    '### Step 2: [Second]',
    '[Same structure as Step 1]',
    '',
    'Appendix',
    '--------',
    '[Notes]',
    '',
  ].join('\n'),
  { name: 'example' },
);
const [steps, appendix] = schema.sections as [SectionRule, SectionRule];

describe('the template text a missing section is inserted with', () => {
  it('keeps each section\'s heading (as an ATX line) and body as the template writes them', () => {
    expect(steps.insert).toEqual({ heading: '## Steps', body: 'Follow them in order.' });
    expect(steps.children[0]!.insert).toEqual({ heading: '### Step 1: [First] (Day 1)', body: '[What to do]' });
    expect(appendix.insert).toEqual({ heading: '## Appendix', body: '[Notes]' });
  });

  it('writes the section with its series\' first member', () => {
    expect(sectionText(steps)).toBe('## Steps\n\nFollow them in order.\n\n### Step 1: [First] (Day 1)\n\n[What to do]');
  });

  it('writes the heading alone from a schema compiled without the text', () => {
    const { insert: _insert, ...withoutText } = steps.children[0]!;
    expect(sectionText(withoutText)).toBe('### Step 1: [First] (Day 1)');
    const { insert: _appendixInsert, ...appendixWithoutText } = appendix;
    expect(sectionText(appendixWithoutText)).toBe('## Appendix');
  });
});

describe('a section the template leaves to a comment', () => {
  const commented = compileTemplate(
    ['# [Name]', '## Drawbacks', '', '<!--', 'Why should this _not_ be done?', '-->', '', '---', '', '## Notes', '<!-- Any notes. -->', 'Write them here.', ''].join('\n'),
    { name: 'commented' },
  );
  const [drawbacks, notes] = commented.sections as [SectionRule, SectionRule];

  it('is inserted with its comment: without it, the fix would make an empty section', () => {
    expect(drawbacks.insert).toEqual({ heading: '## Drawbacks', body: '<!--\nWhy should this _not_ be done?\n-->' });
  });

  it('while a comment opening a body with text of its own is left out', () => {
    expect(notes.insert).toEqual({ heading: '## Notes', body: 'Write them here.' });
  });
});
