import { describe, expect, it } from '@jest/globals';
import { detectTemplate, detectionCandidate, headingKey } from '../../src/config/detect.js';
import type { GuideSchema, SectionRule } from '../../src/template/schema.js';

const designDoc = {
  name: 'design-doc',
  sectionDisplays: ['Overview', 'Goals', 'Non-Goals', 'Architecture', 'Security Considerations', 'Alternatives'],
};
const taskGuide = {
  name: 'task-guide',
  sectionDisplays: ['Overview', 'Phase 1: Setup & Scaffolding', 'Phase 2: Core', 'Checklist', '[Task Name]'],
};

describe('headingKey', () => {
  it('drops hashes, numbering, placeholders, a trailing (…) and punctuation', () => {
    expect(headingKey('## 3. Goals:')).toBe('goals');
    expect(headingKey('**Non-Goals**')).toBe('non goals');
    expect(headingKey('Phase 1: Foundation (Week 1-2)')).toBe('phase 1 foundation');
    expect(headingKey('Step 2: [Step Name]')).toBe('step 2');
    expect(headingKey('[Task Name]')).toBe('');
  });
});

describe('detectTemplate', () => {
  it('picks the template with the largest share of its headings present', () => {
    const headings = ['My Design', 'Overview', 'Goals', 'Non-goals', 'Architecture', 'Security considerations', 'Appendix'];
    expect(detectTemplate(headings, [taskGuide, designDoc])).toEqual({
      name: 'design-doc',
      reason: 'detected design-doc (5 of 6 headings match)',
    });
  });

  it('does not count headings that are only placeholders', () => {
    const headings = ['Overview', 'Phase 1: Setup & Scaffolding', 'Phase 2: Core', 'Checklist', 'Whatever'];
    expect(detectTemplate(headings, [designDoc, taskGuide])).toEqual({
      name: 'task-guide',
      reason: 'detected task-guide (4 of 4 headings match)',
    });
  });

  it('picks nothing below half of the headings or below three shared headings', () => {
    expect(detectTemplate(['Overview', 'Goals', 'Usage'], [designDoc])).toEqual({
      name: null,
      reason: 'no template detected (best: design-doc, 2 of 6 headings match)',
    });
    const small = { name: 'small', sectionDisplays: ['Overview', 'Goals', 'Usage', 'Notes'] };
    expect(detectTemplate(['Overview', 'Goals'], [small])).toEqual({
      name: null,
      reason: 'no template detected (best: small, 2 of 4 headings match)',
    });
    const tiny = { name: 'tiny', sectionDisplays: ['Summary', 'Notes'] };
    expect(detectTemplate(['Summary', 'Notes'], [tiny]).name).toBe('tiny');
  });

  it('breaks a tie in share by the number of headings matched, then by candidate order', () => {
    const a = { name: 'a', sectionDisplays: ['Overview', 'Goals', 'Usage'] };
    const b = { name: 'b', sectionDisplays: ['Overview', 'Goals', 'Usage', 'Notes', 'Risks', 'Plan'] };
    const headings = ['Overview', 'Goals', 'Usage', 'Notes', 'Risks', 'Plan'];
    expect(detectTemplate(headings, [a, b]).name).toBe('b');
    expect(detectTemplate(headings, [a, { ...a, name: 'a2' }]).name).toBe('a');
  });

  it('says so when there is no candidate', () => {
    expect(detectTemplate(['Overview'], [])).toEqual({ name: null, reason: 'no template to detect' });
  });
});

describe('detectionCandidate', () => {
  it('lists the headings of all sections, nested ones too', () => {
    const section = (display: string, children: SectionRule[] = []): SectionRule => ({
      display,
      pattern: '',
      id: display,
      kind: 'literal',
      level: 2,
      required: true,
      min: 1,
      max: 1,
      series: null,
      anyHeading: false,
      children,
      body: { tasks: null, tables: [], labels: [], code: null },
      closed: false,
      line: 1,
    });
    const schema: GuideSchema = {
      schemaVersion: 1,
      template: 'design-doc',
      title: null,
      metadata: null,
      sections: [section('Overview'), section('Architecture', [section('Components')])],
      closed: false,
      placeholders: [],
    };
    expect(detectionCandidate(schema)).toEqual({ name: 'design-doc', sectionDisplays: ['Overview', 'Architecture', 'Components'] });
  });
});
