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
      reason: 'detected by its headings (5 of 6 match)',
    });
  });

  it('does not count headings that are only placeholders', () => {
    const headings = ['Overview', 'Phase 1: Setup & Scaffolding', 'Phase 2: Core', 'Checklist', 'Whatever'];
    expect(detectTemplate(headings, [designDoc, taskGuide])).toEqual({
      name: 'task-guide',
      reason: 'detected by its headings (4 of 4 match)',
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

  it('matches a template heading with a placeholder by its words, the rest of the heading free', () => {
    const runbook = { name: 'runbook', sectionDisplays: ['Summary', 'Step 1: [Action]', 'Phase 2: [Name] (Week 3-4)'] };
    expect(detectTemplate(['Summary', 'Step 1: Drain the queue', 'Phase 2: Rollout (Week 3-4)'], [runbook])).toEqual({
      name: 'runbook',
      reason: 'detected by its headings (3 of 3 match)',
    });
    expect(detectTemplate(['Summary', 'Step 12', 'Phase 2'], [runbook]).reason).toBe(
      'no template detected (best: runbook, 2 of 3 headings match)',
    );
    expect(detectTemplate(['Summary', 'Steps', 'Step 1 and more'], [{ name: 'literal', sectionDisplays: ['Summary', 'Step 1'] }]).reason).toBe(
      'no template detected (best: literal, 1 of 2 headings match)',
    );
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
