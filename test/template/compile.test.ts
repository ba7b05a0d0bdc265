import { describe, expect, it } from '@jest/globals';
import { compileTemplate, TemplateError } from '../../src/template/compile.js';
import { SCHEMA_VERSION } from '../../src/template/schema.js';
import { findRule } from './find-rule.js';

const compile = (source: string) => compileTemplate(source, { name: 'test' });

describe('compileTemplate', () => {
  it('throws a one-line TemplateError for a template with no headings', () => {
    expect(() => compile('Just text.\n\n- a list\n')).toThrow(new TemplateError('template "test" has no headings'));
    expect(() => compile('')).toThrow(TemplateError);
  });

  it('reads the title and its children as the top sections', () => {
    const schema = compile('# [Feature] Guide\n\n## Purpose\n\nText.\n\n## Scope\n\n### Details\n');
    expect(schema).toMatchObject({
      schemaVersion: SCHEMA_VERSION,
      template: 'test',
      title: { display: '[Feature] Guide', pattern: '^.+ guide$', line: 1 },
      metadata: null,
      closed: false,
    });
    expect(schema.sections.map((rule) => [rule.id, rule.level, rule.kind, rule.required, rule.min, rule.max])).toEqual([
      ['Purpose', 2, 'literal', true, 1, 1],
      ['Scope', 2, 'literal', true, 1, 1],
    ]);
    expect(findRule(schema, 'Scope > Details')).toMatchObject({ level: 3, line: 9 });
  });

  it('has no title when the template has no H1', () => {
    const schema = compile('## Summary\n\n## Motivation\n');
    expect(schema.title).toBeNull();
    expect(schema.sections.map((rule) => rule.display)).toEqual(['Summary', 'Motivation']);
  });

  it('gives a hole after an id and a colon in the title; a sample id stands for itself too', () => {
    const sampleId = '[a-z][a-z0-9]*-(?:\\d+|x{2,}|y{2,}|z{2,}|n{2,})';
    expect(compile('# KEP-NNNN: Your short, descriptive title\n').title?.pattern).toBe(`^${sampleId}.+$`);
    expect(compile('# Guide: CHRONO-003\n').title?.pattern).toBe('^guide: [a-z][a-z0-9]*-\\d+$');
  });

  it('reads a title with no placeholder as a sample that any H1 replaces', () => {
    expect(compile('# Feature name\n\n## Motivation\n').title).toEqual({
      display: 'Feature name',
      pattern: '^.+$',
      line: 1,
      why: ['sample: sample title "Feature name" (line 1)'],
    });
    expect(compile('# Summary\n\n# Motivation\n').title).toBeNull();
  });

  it('reads generic title words as holes beside the placeholders', () => {
    const sampleId = '[a-z][a-z0-9]*-(?:\\d+|x{2,}|y{2,}|z{2,}|n{2,})';
    expect(compile('# ADR-NNNN Title\n').title?.pattern).toBe(`^${sampleId} .+$`);
    expect(compile('# RFC [NNN] - Your title\n').title?.pattern).toBe('^rfc .+ - .+$');
    expect(compile('# [Team] Project Name (draft)\n').title?.pattern).toBe('^.+ project .+(?:\\s*\\(.*\\))?$');
  });

  it('folds adjacent placeholder-only headings into one free slot', () => {
    const schema = compile('# T\n\n## Design\n\n### [Aspect 1: e.g., API]\n\n**Public API:**\n\n### [Aspect 2: e.g., Errors]\n\n## Next\n');
    const design = findRule(schema, 'Design');
    expect(design.children).toHaveLength(1);
    expect(design.children[0]).toMatchObject({
      id: 'Design > [Aspect 1: e.g., API]',
      kind: 'slot',
      pattern: '^.+$',
      anyHeading: true,
      min: 1,
      max: null,
      required: true,
      body: { tasks: null, tables: [], labels: [], code: null },
    });
  });

  it('folds numbered siblings with a placeholder into a series sharing what all members hold', () => {
    const schema = compile(
      [
        '# T',
        '## Steps',
        '### Step 1: [First]',
        '**Verification:** x',
        '```rust\nfn a() {}\n```',
        '### Step 2: [Second]',
        '**Verification:** y',
        '**Extra:** z',
        '```rust\nfn b() {}\n```',
        '### Step 3: [Third]',
        '[Same structure as Step 1]',
      ].join('\n\n'),
    );
    const steps = findRule(schema, 'Steps > Step {n}');
    expect(steps).toMatchObject({
      kind: 'series',
      display: 'Step {n}',
      series: { numbering: 'number', prefix: 'Step', members: ['Step 1: [First]', 'Step 2: [Second]', 'Step 3: [Third]'] },
      min: 1,
      max: null,
      line: 5,
    });
    expect(steps.body.labels.map((label) => label.display)).toEqual(['Verification']);
    expect(steps.body.code).toEqual({ lang: true, line: 9 });
  });

  it('keeps purely literal numbered headings as ordinary sections', () => {
    const schema = compile('# T\n\n## Plan\n\n### Phase 1: Setup\n\n### Phase 2: Core\n');
    expect(findRule(schema, 'Plan').children.map((rule) => [rule.kind, rule.display])).toEqual([
      ['literal', 'Phase 1: Setup'],
      ['literal', 'Phase 2: Core'],
    ]);
  });

  it('reads optional sections from the heading, the first paragraph and comments', () => {
    const schema = compile(
      [
        '# T',
        '## Notes (optional)',
        '## Migration',
        '[If this changes existing behavior]',
        '## Review',
        '[Optional section for feedback]',
        '## Drivers',
        '<!-- This is an optional element. Feel free to remove. -->',
        '## Considered',
        'Text.',
        '<!-- This is an optional element. Feel free to remove. -->',
        '## Outcome',
        '## Required',
        '[Describe it]',
        '## [Optional: extra topic]',
      ].join('\n\n'),
    );
    expect(schema.sections.map((rule) => [rule.display, rule.required])).toEqual([
      ['Notes (optional)', false],
      ['Migration', false],
      ['Review', false],
      ['Drivers', false],
      ['Considered', true],
      ['Outcome', false],
      ['Required', true],
      ['[Optional: extra topic]', false],
    ]);
  });

  it('reads annotations after a heading', () => {
    const schema = compile(
      [
        '# T',
        '<!-- guidelint: closed -->',
        '## Extras',
        '<!-- guidelint: optional -->',
        '## Examples',
        '<!-- guidelint: repeat 0.. -->',
        '## Any',
        '<!-- guidelint: any-heading, closed -->',
        '## Bounded',
        '<!-- guidelint: repeat 2..3 -->',
      ].join('\n\n'),
    );
    expect(schema.closed).toBe(true);
    expect(schema.sections.map((rule) => [rule.display, rule.required, rule.min, rule.max, rule.anyHeading, rule.closed, rule.pattern])).toEqual([
      ['Extras', false, 1, 1, false, false, '^(?:\\d+(?:\\.\\d+)*\\.?\\s)?extras$'],
      ['Examples', false, 0, null, false, false, '^(?:\\d+(?:\\.\\d+)*\\.?\\s)?examples$'],
      ['Any', true, 1, 1, true, true, '^.+$'],
      ['Bounded', true, 2, 3, false, false, '^(?:\\d+(?:\\.\\d+)*\\.?\\s)?bounded$'],
    ]);
  });

  it('reads "closed" after the metadata block as closing the fields, not the sections', () => {
    const body = compile('# T\n\n**Owner:** [Name]\n**Status:** [Draft/Final]\n<!-- guidelint: closed -->\n\n## A\n');
    expect([body.closed, body.metadata?.closed]).toEqual([false, true]);
    const untitled = compile('- Owner: x\n<!-- guidelint: closed -->\n\n## A\n');
    expect([untitled.closed, untitled.metadata?.closed]).toEqual([false, true]);
    const frontmatter = compile('---\nowner: x\nstatus: Draft|Final\n---\n<!-- guidelint: closed -->\n\n# T\n\n## A\n');
    expect([frontmatter.closed, frontmatter.metadata?.closed]).toEqual([false, true]);
    const title = compile('# T\n<!-- guidelint: closed -->\n\n**Owner:** [Name]\n\n## A\n');
    expect([title.closed, title.metadata && 'closed' in title.metadata]).toEqual([true, false]);
  });

  it('throws a TemplateError for an unknown annotation', () => {
    expect(() => compile('# T\n\n## A\n<!-- guidelint: sometimes -->\n')).toThrow(
      'template "test" line 4: unknown annotation "guidelint: sometimes" (expected optional, repeat MIN.., repeat MIN..MAX, any-heading or closed)',
    );
  });

  it('reads annotations after a metadata line', () => {
    const schema = compile('# T\n\n**Owner:** [Name]\n<!-- guidelint: optional -->\n**Status:** [Draft/Final]\n\n## A\n');
    expect(schema.closed).toBe(false);
    expect(compile('## A\n\n- Owner: x <!-- guidelint: closed -->\n').closed).toBe(false);
    expect(compile('**Owner:** [Name] <!-- optional -->\n\n## A\n').metadata?.fields).toEqual([
      {
        key: 'Owner',
        required: false,
        type: { kind: 'text' },
        templateValue: '[Name]',
        line: 1,
        why: ['optional: comment "optional" (line 1)'],
      },
    ]);
    expect(schema.metadata).toEqual({
      form: 'bold',
      line: 3,
      fields: [
        {
          key: 'Owner',
          required: false,
          type: { kind: 'text' },
          templateValue: '[Name]',
          line: 3,
          why: ['optional: annotation "guidelint: optional" (line 4)'],
        },
        { key: 'Status', required: true, type: { kind: 'enum', values: ['Draft', 'Final'] }, templateValue: '[Draft/Final]', line: 5 },
      ],
    });
  });

  it('links task items that name a series member', () => {
    const schema = compile('# T\n\n## Phase 1: [Name]\n\n## Phase 2: [Name]\n\n## Checklist\n\n- [ ] Phase 2 implemented\n- [ ] Docs updated\n');
    expect(findRule(schema, 'Checklist').body.tasks?.items.map((item) => item.whenMember)).toEqual([
      { series: 'Phase {n}', number: '2' },
      null,
    ]);
  });

  it('gives siblings with the same heading distinct ids', () => {
    const schema = compile('# T\n\n## Notes\n\n### A\n\n## Notes\n\n### A\n');
    expect(schema.sections.map((rule) => rule.id)).toEqual(['Notes', 'Notes (2)']);
    expect(findRule(schema, 'Notes (2) > A').line).toBe(9);
  });

  it('lists the placeholders a document must not keep', () => {
    const schema = compile(
      [
        '# [Feature Name] Guide',
        '**Parent:** [Parent Document](../path/to/parent.md)',
        '**Updated:** YYYY-MM-DD',
        '[← Back to Parent Document](../path/to/parent.md)',
        '## Steps',
        'Run `<previous-commit>` and `[command to run]`, see [the plan](./PLAN.md) and [Issue](https://github.com/org/repo/issues/1).',
        '```toml\n[section]\nkey = "[value to set]"\n```',
        '<!-- [Not this] -->',
      ].join('\n\n'),
    );
    expect(schema.placeholders).toEqual([
      { text: '[Feature Name]', scope: 'anywhere', inCode: true, caseSensitive: false, line: 1 },
      { text: '[Parent Document](../path/to/parent.md)', scope: 'anywhere', inCode: false, caseSensitive: false, line: 3 },
      { text: 'YYYY-MM-DD', scope: 'structured', inCode: false, caseSensitive: false, line: 5 },
      { text: '[command to run]', scope: 'anywhere', inCode: true, caseSensitive: false, line: 11 },
      { text: '[Issue](https://github.com/org/repo/issues/1)', scope: 'anywhere', inCode: false, caseSensitive: false, line: 11 },
      { text: '[value to set]', scope: 'anywhere', inCode: true, caseSensitive: false, line: 15 },
    ]);
  });

  it('lists the samples a document must not keep: the sample title and sample people', () => {
    const schema = compile(
      [
        '# Service name',
        '**Owner:** @janedoe, @acme/platform',
        '**Contact:** jane@example.com (or ops@acme.io)',
        '**Status:** Draft',
        '## Purpose',
      ].join('\n\n'),
    );
    expect(schema.placeholders).toEqual([
      { text: 'Service name', scope: 'title', inCode: false, caseSensitive: false, line: 1 },
      { text: '@janedoe', scope: 'value', inCode: false, caseSensitive: false, line: 3 },
      { text: 'jane@example.com', scope: 'structured', inCode: false, caseSensitive: false, line: 5 },
    ]);
  });

  it('lists the sentences of guidance, eight words of prose or more, outside placeholders', () => {
    const schema = compile(
      [
        '# [Title]',
        '**Owner:** the team that runs this service day to day',
        '## Summary',
        'Say what changes. Say it so that a newcomer to the team follows it.\nThen [describe the risk, and who carries it when it goes wrong].',
        '[Back to the index of all proposals in this repository](../index.md) [and the glossary](../glossary.md)',
        'See `src/a/b/c/d/e/f/g/h.ts` and `src/i/j/k/l/m/n/o.ts` for it.',
        '<!-- A comment that runs on for well over eight words is guidance too. -->',
      ].join('\n\n'),
    );
    expect(schema.placeholders.filter((rule) => rule.scope === 'sentence')).toEqual([
      { text: 'Say it so that a newcomer to the team follows it.', scope: 'sentence', inCode: false, caseSensitive: false, line: 7 },
    ]);
  });
});
