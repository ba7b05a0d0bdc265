import { describe, expect, it } from '@jest/globals';
import { compileTemplate } from '../../src/template/compile.js';
import type { GuideSchema, SectionRule } from '../../src/template/schema.js';
import { compilePattern, normalizeForMatch, normalizeItemText } from '../../src/template/text.js';
import { allRules, findRule } from './find-rule.js';
import { readBuiltinTemplate } from './template-files.js';

const NAMES = ['design-doc', 'implementation-guide', 'phased-guide', 'task-guide', 'implementation-spec'] as const;
const schemas = new Map<string, GuideSchema>(
  NAMES.map((name) => [name, compileTemplate(readBuiltinTemplate(name), { name })]),
);
const schemaOf = (name: (typeof NAMES)[number]): GuideSchema => {
  const schema = schemas.get(name);
  if (!schema) throw new Error(name);
  return schema;
};
const labelsOf = (rule: SectionRule): Array<[string, boolean]> => rule.body.labels.map((label) => [label.display, label.required]);
const childDisplays = (rule: SectionRule): string[] => rule.children.map((child) => child.display);

describe.each(NAMES)('built-in template %s', (name) => {
  const schema = schemaOf(name);

  it('compiles to the committed schema', () => {
    expect(schema).toMatchSnapshot();
  });

  it('matches its own headings and task items with its patterns', () => {
    if (schema.title) expect(compilePattern(schema.title.pattern).test(normalizeForMatch(schema.title.display))).toBe(true);
    for (const rule of allRules(schema)) {
      const pattern = compilePattern(rule.pattern);
      for (const text of rule.series?.members ?? [rule.display]) {
        expect([text, pattern.test(normalizeForMatch(text))]).toEqual([text, true]);
      }
      for (const item of rule.body.tasks?.items ?? []) {
        expect([item.display, compilePattern(item.pattern).test(normalizeItemText(item.display))]).toEqual([item.display, true]);
      }
      for (const label of rule.body.labels) compilePattern(label.pattern);
    }
  });
});

describe('design-doc', () => {
  const schema = schemaOf('design-doc');

  it('reads the blockquote metadata', () => {
    expect(schema.metadata).toMatchObject({ form: 'blockquote', line: 3 });
    expect(schema.metadata?.fields.map((field) => [field.key, field.required, field.type])).toEqual([
      ['Status', true, { kind: 'enum', values: ['Draft', 'Planning', 'In Progress', 'Implemented', 'Deprecated'] }],
      ['Created', true, { kind: 'date' }],
      ['Last Updated', false, { kind: 'date' }],
      ['Related', true, { kind: 'text' }],
    ]);
  });

  it('has a title of any text and the H2s in order', () => {
    expect(schema.title).toEqual({ display: '[Feature/Component Name]', pattern: '^.+$', line: 1 });
    expect(schema.sections.map((rule) => [rule.display, rule.required])).toEqual([
      ['Problem Statement', true],
      ['Design Principles', true],
      ['Architecture', true],
      ['Detailed Design', true],
      ['Implementation Guidance', true],
      ['Alternatives Considered', true],
      ['Trade-offs and Limitations', true],
      ['Migration Path', false],
      ['Performance Considerations', true],
      ['Security Considerations', true],
      ['Future Considerations', true],
      ['Cross-References', true],
      ['Review Notes', false],
      ['Appendix', false],
    ]);
  });

  it('folds Component and Alternative into series that share the first member body', () => {
    const component = findRule(schema, 'Architecture > Components > Component {n}');
    expect(component).toMatchObject({ kind: 'series', level: 4, series: { numbering: 'number', prefix: 'Component' } });
    expect(labelsOf(component)).toEqual([
      ['Purpose', true],
      ['Responsibilities', true],
      ['Interface', true],
      ['Implementation Notes', true],
    ]);
    expect(component.body.code).toEqual({ lang: true, line: 68 });
    const alternative = findRule(schema, 'Alternatives Considered > Alternative {n}');
    expect(alternative.series?.members).toEqual(['Alternative 1: [Approach Name]', 'Alternative 2: [Another Approach]']);
    expect(labelsOf(alternative).map(([label]) => label)).toEqual(['Description', 'Pros', 'Cons', 'Decision']);
  });

  it('makes Detailed Design one free slot that requires nothing (e.g. headings)', () => {
    const detailed = findRule(schema, 'Detailed Design');
    expect(detailed.children).toHaveLength(1);
    expect(detailed.children[0]).toMatchObject({
      kind: 'slot',
      anyHeading: true,
      level: 3,
      min: 1,
      max: null,
      body: { tasks: null, tables: [], labels: [], code: null },
    });
  });

  it('reads Appendix A/B as a letter series and the optional diagram as no code rule', () => {
    expect(findRule(schema, 'Appendix > Appendix {A}')).toMatchObject({
      kind: 'series',
      series: { numbering: 'letter', prefix: 'Appendix', members: ['Appendix A: [Title]', 'Appendix B: [Title]'] },
    });
    expect(findRule(schema, 'Architecture > High-Level Overview').body.code).toBeNull();
    expect(findRule(schema, 'Migration Path > For Backend Implementers').required).toBe(false);
    expect(labelsOf(findRule(schema, 'Performance Considerations'))).toEqual([
      ['Memory Usage', true],
      ['Computation', true],
      ['Benchmarks', false],
    ]);
    expect(findRule(schema, 'Implementation Guidance > Implementation Phases').body.tasks).toEqual({
      items: [],
      atLeastOne: true,
      line: 150,
    });
  });
});

describe('implementation-guide', () => {
  const schema = schemaOf('implementation-guide');

  it('reads the metadata between rules (the setext trap)', () => {
    expect(schema.metadata).toMatchObject({ form: 'bold', line: 4 });
    expect(schema.metadata?.fields.map((field) => [field.key, field.required, field.type])).toEqual([
      ['Parent', true, { kind: 'link' }],
      ['Last Updated', true, { kind: 'date' }],
      ['Documentation Status', true, { kind: 'enum', values: ['Initial', 'Expanded', 'Complete'] }],
      ['Target Audience', true, { kind: 'text' }],
    ]);
    expect(schema.sections[0].display).toBe('Purpose');
  });

  it('reads Step {n} with its rust code block and labels', () => {
    const step = findRule(schema, 'Implementation Steps > Step {n}');
    expect(step).toMatchObject({ kind: 'series', level: 3, min: 1, max: null });
    expect(step.series?.members).toHaveLength(4);
    expect(step.body.code).toEqual({ lang: true, line: 41 });
    expect(labelsOf(step)).toEqual([
      ['Key Considerations', true],
      ['Verification', true],
    ]);
    expect(labelsOf(findRule(schema, 'Testing Strategy > End-to-End Testing'))).toEqual([['Test Scenario {n}', true]]);
  });

  it('reads Common Issue {n} and Example {n} series', () => {
    expect(labelsOf(findRule(schema, 'Troubleshooting > Common Issue {n}')).map(([label]) => label)).toEqual([
      'Symptoms',
      'Possible Causes',
      'Solutions',
    ]);
    expect(findRule(schema, 'Examples > Example {n}').body.code).toEqual({ lang: true, line: 238 });
  });

  it('reads the Configuration and Change Log tables', () => {
    expect(findRule(schema, 'Configuration').body.tables).toEqual([
      { columns: ['Parameter', 'Type', 'Required', 'Default', 'Description'], dateColumns: [], line: 167 },
    ]);
    expect(findRule(schema, 'Change Log').body.tables).toEqual([
      { columns: ['Date', 'Version', 'Description of Changes'], dateColumns: ['Date'], line: 277 },
    ]);
  });

  it('lists dummy links but not the navigation line', () => {
    const texts = schema.placeholders.map((placeholder) => placeholder.text);
    expect(texts).toContain('[Parent Document](../path/to/parent.md)');
    expect(texts).toContain('[External Resource 1](https://example.com/resource1)');
    expect(texts.filter((text) => text.includes('Back to'))).toEqual([]);
  });
});

describe('phased-guide', () => {
  const schema = schemaOf('phased-guide');

  it('reads the metadata', () => {
    expect(schema.metadata?.fields.map((field) => [field.key, field.type])).toEqual([
      ['Status', { kind: 'text' }],
      ['Priority', { kind: 'enum', values: ['High', 'Medium', 'Low'] }],
      ['Timeline', { kind: 'text' }],
      ['Last Updated', { kind: 'date', format: 'any' }],
    ]);
  });

  it('folds the phases, days and dotted quick wins into nested series', () => {
    const phase = findRule(schema, 'Phase {n}');
    expect(phase).toMatchObject({ kind: 'series', level: 2, required: true, series: { numbering: 'number', prefix: 'Phase' } });
    expect(phase.series?.members).toEqual([
      'Phase 1: Foundation (Week 1-2)',
      'Phase 2: [Phase Name] (Week 3-4)',
      'Phase 3: [Phase Name] (Week 5-6)',
      'Phase 4: [Phase Name] (Week 7-8)',
    ]);
    const day = findRule(schema, 'Phase {n} > Day {a}-{b}');
    expect(day).toMatchObject({ kind: 'series', level: 3, required: true, series: { numbering: 'range', prefix: 'Day' } });
    const quickWin = findRule(schema, 'Phase {n} > Day {a}-{b} > {x}.{n} …');
    expect(quickWin).toMatchObject({ kind: 'series', level: 4, required: false, series: { numbering: 'dotted', prefix: '' } });
    expect(labelsOf(quickWin)).toEqual([
      ['File', true],
      ['Why this matters', true],
    ]);
  });

  it('folds the pre-flight checks into one series', () => {
    const checks = findRule(schema, 'Pre-Flight Verification > {n}. …');
    expect(checks.series?.members).toEqual([
      '1. Check [Dependency Name]',
      '2. Check [Another Dependency]',
      '3. Add [Infrastructure Component]',
    ]);
    expect(checks.body).toEqual({ tasks: null, tables: [], labels: [], code: { lang: true, line: 38 } });
  });

  it('makes a file name in a heading a hole', () => {
    expect(findRule(schema, 'Dependency Installation > Update requirements.txt').pattern).toBe(
      '^(?:\\d+(?:\\.\\d+)*\\.?\\s)?update .+$',
    );
  });

  it('reads the deployment checklist from a code block, phase items only when the phase exists', () => {
    const tasks = findRule(schema, 'Deployment Checklist').body.tasks;
    expect(tasks?.atLeastOne).toBe(false);
    expect(tasks?.items.map((item) => [item.display, item.required, item.whenMember])).toEqual([
      ['Pre-flight verification complete', true, null],
      ['All dependencies installed', true, null],
      ['Phase 1 implemented and tested', true, { series: 'Phase {n}', number: '1' }],
      ['Phase 2 implemented and tested', true, { series: 'Phase {n}', number: '2' }],
      ['Phase 3 implemented and tested', true, { series: 'Phase {n}', number: '3' }],
      ['Phase 4 implemented and tested', true, { series: 'Phase {n}', number: '4' }],
      ['All tests passing (100% success rate)', true, null],
      ['Documentation updated', true, null],
      ['Monitoring configured', true, null],
      ['Rollback procedure tested', true, null],
      ['Team briefed on deployment', true, null],
    ]);
    expect(findRule(schema, 'Deployment Checklist').body.code).toBeNull();
  });

  it('keeps real links out of the placeholder list and code words in it', () => {
    const texts = schema.placeholders.map((placeholder) => placeholder.text);
    expect(texts.filter((text) => text.includes('IMPROVEMENT-PLAN'))).toEqual([]);
    expect(texts).toContain('[Research Documentation](../../research/documentation/[topic]/)');
    expect(schema.placeholders.find((placeholder) => placeholder.text === '[command to check version]')).toEqual({
      text: '[command to check version]',
      scope: 'anywhere',
      inCode: true,
      caseSensitive: false,
      line: 40,
    });
    expect(texts.filter((text) => ['<previous-commit>', '[module]', '[section]'].includes(text))).toEqual([]);
  });
});

describe('task-guide', () => {
  const schema = schemaOf('task-guide');

  it('has an id title and no metadata', () => {
    expect(schema.title).toEqual({
      display: 'Implementation Guide: CHRONO-003',
      pattern: '^implementation guide: [a-z][a-z0-9]*-\\d+$',
      line: 1,
    });
    expect(schema.metadata).toBeNull();
  });

  it('keeps the literal phases as required sections with their items', () => {
    const checklist = findRule(schema, 'Implementation Checklist');
    expect(checklist.children.map((rule) => [rule.kind, rule.display, rule.required])).toEqual([
      ['literal', 'Phase 1: Setup & Scaffolding', true],
      ['literal', 'Phase 2: Core Implementation', true],
      ['literal', 'Phase 3: Error Handling & Edge Cases', true],
      ['literal', 'Phase 4: Testing', true],
      ['literal', 'Phase 5: Documentation & Cleanup', true],
    ]);
    expect(checklist.children[2].body.tasks?.items.map((item) => [item.display, item.required])).toEqual([
      ['Add input validation', true],
      ['Implement error handling', true],
      ['Handle edge cases', true],
      ['Add retry logic (if applicable)', false],
    ]);
    expect(checklist.children[1].body.tasks).toMatchObject({ atLeastOne: true, items: [{ display: 'Connect components' }] });
  });

  it('reads Step {n} with the label all steps share, and a single Issue 1 as a series', () => {
    const step = findRule(schema, 'Step-by-Step Implementation > Step {n}');
    expect(step.series?.members).toHaveLength(5);
    expect(labelsOf(step)).toEqual([['Objective', true]]);
    expect(step.body.code).toBeNull();
    expect(findRule(schema, 'Debugging Guide > Common Issues > Issue {n}')).toMatchObject({
      kind: 'series',
      series: { members: ['Issue 1: [Problem Description]'] },
    });
  });

  it('collapses placeholder items to at least one', () => {
    expect(findRule(schema, 'Prerequisites > Required Tools').body.tasks).toEqual({ items: [], atLeastOne: true, line: 16 });
  });
});

describe('implementation-spec', () => {
  const schema = schemaOf('implementation-spec');

  it('reads the metadata', () => {
    expect(schema.metadata?.fields.map((field) => [field.key, field.required, field.type])).toEqual([
      ['Component', true, { kind: 'text' }],
      ['Document Status', true, { kind: 'text' }],
      ['Last Updated', true, { kind: 'date' }],
      ['Implements', true, { kind: 'link' }],
    ]);
  });

  it('reads `<Algorithm Name>` and `<State Machine Name>` as free slots', () => {
    const algorithm = findRule(schema, 'Core Algorithms > <Algorithm Name>');
    expect(algorithm).toMatchObject({ kind: 'slot', anyHeading: true, pattern: '^.+$', required: true });
    expect(labelsOf(algorithm)).toEqual([
      ['Complexity', true],
      ['Key Optimizations', true],
    ]);
    expect(algorithm.body.code).toEqual({ lang: false, line: 50 });
    expect(findRule(schema, 'State Machines > <State Machine Name>').kind).toBe('slot');
    expect(childDisplays(findRule(schema, 'Data Models'))).toEqual(['Database Schema', 'ORM Models', 'Data Access Patterns']);
  });

  it('lists `<…>` placeholders case-sensitively, never HTML', () => {
    const byText = new Map(schema.placeholders.map((placeholder) => [placeholder.text, placeholder]));
    expect(byText.get('<Component Name>')).toEqual({ text: '<Component Name>', scope: 'anywhere', inCode: true, caseSensitive: true, line: 1 });
    expect(byText.get('<Code>')).toEqual({ text: '<Code>', scope: 'anywhere', inCode: false, caseSensitive: true, line: 45 });
    expect(byText.get("<What's logged>")?.line).toBe(113);
    expect(byText.has('<subdirectories>')).toBe(false);
  });
});
