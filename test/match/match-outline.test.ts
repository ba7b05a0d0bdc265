import { describe, expect, it } from '@jest/globals';
import { matchOutline } from '../../src/match/match-outline.js';
import type { DocumentMatch } from '../../src/match/types.js';
import { outlineFromRemark } from '../../src/outline/from-remark.js';
import type { GuideSchema } from '../../src/template/schema.js';
import { numberedSeries, schemaOf, section, slot } from './schema-builders.js';

function match(schema: GuideSchema, lines: string[]): DocumentMatch {
  return matchOutline(outlineFromRemark(lines.join('\n') + '\n'), schema);
}

/** `heading → rule id` per matched section, with `(level)` when the level is off and `@parent`. */
function summary(result: DocumentMatch): string[] {
  return result.sections.map((entry) => {
    const parent = entry.scope.owner ? ` @${entry.scope.owner.section.heading!.text}` : '';
    const level = entry.levelMismatch ? ` (level ${entry.section.level})` : '';
    const member = entry.member ? ` #${entry.member.label}` : '';
    return `${entry.section.heading!.text} → ${entry.rule.id}${member}${level}${parent}`;
  });
}

const architecture = schemaOf([
  section('Problem'),
  section('Architecture', { children: [section('Overview', { level: 3 }), section('Components', { level: 3 })] }),
  section('Security'),
  section('Notes', { required: false }),
]);

describe('matchOutline', () => {
  it('matches sections by normalized text under the H1, recursively', () => {
    const result = match(architecture, ['# Search', '', '## problem:', '', '## **Architecture**', '', '### Overview', '', '### Components', '', '## Security']);
    expect(summary(result)).toEqual([
      'problem: → Problem',
      'Architecture → Architecture',
      'Overview → Overview @Architecture',
      'Components → Components @Architecture',
      'Security → Security',
    ]);
    expect(result.title.headings.map((entry) => entry.heading!.text)).toEqual(['Search']);
    expect(result.top.section.heading!.text).toBe('Search');
    expect(result.unknown).toEqual([]);
    expect(result.misplaced).toEqual([]);
  });

  it('uses the root as the top scope when the document has no H1', () => {
    const result = match(architecture, ['## Problem', '', '## Security']);
    expect(result.top.section).toBe(result.outline.root);
    expect(summary(result)).toEqual(['Problem → Problem', 'Security → Security']);
  });

  it('reads a frontmatter title', () => {
    const result = match(architecture, ['---', 'Title: Search', '---', '', '## Problem']);
    expect(result.title).toEqual({ headings: [], frontmatterTitle: 'Search' });
  });

  it('claims a heading at the wrong depth when, at the template level, it stands under the right parent', () => {
    const result = match(architecture, ['# S', '## Problem', '### Architecture', '#### Overview', '## Security']);
    expect(summary(result)).toEqual([
      'Problem → Problem',
      'Architecture → Architecture (level 3)',
      'Overview → Overview (level 4) @Architecture',
      'Security → Security',
    ]);
  });

  it('claims a deeper direct child at the wrong level', () => {
    const result = match(architecture, ['# S', '## Architecture', '#### Components']);
    expect(summary(result)).toEqual(['Architecture → Architecture', 'Components → Components (level 4) @Architecture']);
  });

  it('lists a section under the wrong parent as misplaced, and an unnamed one as unknown', () => {
    const result = match(architecture, ['# S', '## Problem', '### Components', '## Architecture', '### Overview', '## Extra', '### Deeper']);
    expect(summary(result)).toEqual(['Problem → Problem', 'Architecture → Architecture', 'Overview → Overview @Architecture']);
    expect(result.misplaced.map((entry) => [entry.section.heading!.text, entry.rule.id, entry.foundUnder.heading!.text])).toEqual([
      ['Components', 'Components', 'Problem'],
    ]);
    expect(result.unknown.map((entry) => [entry.section.heading!.text, entry.closed, entry.scope?.owner ?? null])).toEqual([
      ['Extra', false, null],
    ]);
  });

  it('treats a second section for a one-off rule as unknown, not misplaced', () => {
    const result = match(architecture, ['# S', '## Problem', '## Problem']);
    expect(summary(result)).toEqual(['Problem → Problem']);
    expect(result.misplaced).toEqual([]);
    expect(result.unknown.map((entry) => entry.section.span.start.line)).toEqual([3]);
  });

  it('does not list extra H1s or what lies under them as unknown', () => {
    const result = match(architecture, ['# S', '## Problem', '# Other', '## More']);
    expect(result.unknown).toEqual([]);
    expect(summary(result)).toEqual(['Problem → Problem']);
  });

  it('parses series members and keeps them in document order', () => {
    const schema = schemaOf([section('Steps', { children: [numberedSeries('Step', { level: 3 })] })]);
    const result = match(schema, ['# S', '## Steps', '### Step 2: Query', '### Step 1: Index', '### Step 10']);
    expect(summary(result)).toEqual([
      'Steps → Steps',
      'Step 2: Query → Step {n} #2 @Steps',
      'Step 1: Index → Step {n} #1 @Steps',
      'Step 10 → Step {n} #10 @Steps',
    ]);
    expect(result.sections[1]!.member).toEqual({ label: '2', first: 2, last: 2 });
  });

  it('fills a slot with the unclaimed headings at its level between its neighbours', () => {
    const schema = schemaOf([
      section('Design', {
        children: [section('Overview', { level: 3 }), slot('[Aspect]', { level: 3 }), section('Summary', { level: 3 })],
      }),
    ]);
    const result = match(schema, ['# S', '## Design', '### Overview', '### API', '### Errors', '#### Deep', '### Summary', '### After']);
    expect(summary(result)).toEqual([
      'Design → Design',
      'Overview → Overview @Design',
      'API → [Aspect] @Design',
      'Errors → [Aspect] @Design',
      'Summary → Summary @Design',
    ]);
    expect(result.unknown.map((entry) => entry.section.heading!.text)).toEqual(['Deep', 'After']);
  });

  it('marks empty sections: no subsections and only comments or rules in the body', () => {
    const result = match(architecture, ['# S', '## Problem', '<!-- later -->', '', '---', '## Security', 'Text.', '## Architecture', '### Overview']);
    expect(result.sections.map((entry) => [entry.rule.id, entry.empty])).toEqual([
      ['Problem', true],
      ['Security', false],
      ['Architecture', false],
      ['Overview', true],
    ]);
  });

  it('marks unknown sections in a closed scope', () => {
    const schema = schemaOf([section('Problem', { closed: true, children: [section('Context', { level: 3 })] })]);
    const result = match(schema, ['# S', '## Problem', '### Context', '### Other', '## Free']);
    expect(result.unknown.map((entry) => [entry.section.heading!.text, entry.closed])).toEqual([
      ['Other', true],
      ['Free', false],
    ]);
  });

  it('reads H1s after the title as its sections, written one level too high; an unknown H1 does not break the run', () => {
    const result = match(architecture, ['# S', '# Problem', '# Background', '# Architecture', '## Overview', '# Security']);
    expect(summary(result)).toEqual([
      'Problem → Problem (level 1)',
      'Architecture → Architecture (level 1)',
      'Overview → Overview (level 2) @Architecture',
      'Security → Security (level 1)',
    ]);
    expect(result.misplaced).toEqual([]);
    expect(result.unknown).toEqual([]);
  });

  it('reads the headings after a matched one as if its level were fixed', () => {
    const result = match(architecture, ['# S', '## Architecture', '## Overview', '### Components', '## Security']);
    expect(summary(result)).toEqual([
      'Architecture → Architecture',
      'Overview → Overview (level 2) @Architecture',
      'Components → Components @Architecture',
      'Security → Security',
    ]);
    expect(result.misplaced).toEqual([]);
    // Its subsections stand after it, written too high: it is not empty.
    expect(result.sections[0]!.empty).toBe(false);
  });

  it('takes a heading two or more levels deeper under another section for that section\'s own subsection', () => {
    const result = match(architecture, ['# S', '## Problem', '### Detail', '#### Security']);
    expect(summary(result)).toEqual(['Problem → Problem']);
    expect(result.misplaced).toEqual([]);
    expect(result.unknown.map((entry) => entry.section.heading!.text)).toEqual(['Detail']);
  });

  it('lists an H1 after the title that names a section of another parent as misplaced under the title', () => {
    const result = match(architecture, ['# S', '## Problem', '# Components']);
    expect(result.misplaced.map((entry) => [entry.section.heading!.text, entry.foundUnder.heading!.text])).toEqual([['Components', 'S']]);
  });

  it('ignores heading attributes', () => {
    const result = match(architecture, ['# S', '## Problem {#problem}', '## Security {.wide}']);
    expect(summary(result)).toEqual(['Problem {#problem} → Problem', 'Security {.wide} → Security']);
  });

  it('finds near misses: unmatched, at most one level off, in the scope, in the place, close in name', () => {
    const result = match(architecture, ['# S', '## Problme', '## Architecture', '### Overveiw', '### Components', '#### Securty', '## Notes']);
    expect(result.nearMisses.map((entry) => [entry.section.heading!.text, entry.rule.id, entry.scope.owner?.rule.id ?? 'top'])).toEqual([
      ['Problme', 'Problem', 'top'],
      ['Overveiw', 'Overview', 'Architecture'],
    ]);
    // A near miss is not unknown; `#### Securty` is a subsection of Components, not in Security's place.
    expect(result.unknown.map((entry) => entry.section.heading!.text)).toEqual(['Securty']);
  });

  it('suggests neither a matched heading nor one heading twice', () => {
    const schema = schemaOf([section('Design Proposal'), section('Detailed Design'), section('Design')]);
    const result = match(schema, ['# S', '## Design Proposals Overview', '## Design']);
    expect(summary(result)).toEqual(['Design → Design']);
    expect(result.nearMisses.map((entry) => [entry.section.heading!.text, entry.rule.id])).toEqual([['Design Proposals Overview', 'Design Proposal']]);
  });

  it('matches the root children when the template has no title and its sections are H1s', () => {
    const schema = schemaOf([section('Summary', { level: 1 }), section('Motivation', { level: 1 })], null);
    const result = match(schema, ['# Summary', 'Text.', '# Motivation', 'Text.']);
    expect(summary(result)).toEqual(['Summary → Summary', 'Motivation → Motivation']);
    expect(result.scopes.map((scope) => scope.owner?.rule.id ?? 'top')).toEqual(['top', 'Summary', 'Motivation']);
  });

  it('takes the first H1 for the title of a template without one only when it opens the document and names no section', () => {
    const schema = schemaOf([section('Summary'), section('Motivation')], null);
    expect(match(schema, ['# Search', '## Summary', '## Motivation']).top.section.heading?.text).toBe('Search');
    const late = match(schema, ['## Summary', '# Motivation']);
    expect(late.top.section).toBe(late.outline.root);
    expect(summary(late)).toEqual(['Summary → Summary', 'Motivation → Motivation (level 1)']);
    const named = match(schema, ['# Summary', '# Motivation']);
    expect(summary(named)).toEqual(['Summary → Summary (level 1)', 'Motivation → Motivation (level 1)']);
  });
});

describe('a heading that says the section name in other words of the same kind', () => {
  it('is the section: stop words, plurals, British spelling and word order aside; a typo stays a near miss', () => {
    const schema = schemaOf([
      section('Implications on adoption'),
      section('Acknowledgments'),
      section('User Benefit'),
      section('Design Proposal'),
      section('Future possibilities'),
    ]);
    const result = match(schema, [
      '# S',
      '## Implications for adoption',
      '## Acknowledgements',
      '## User Benefits',
      '## Proposed Design',
      '## Future Posibilities',
    ]);
    expect(summary(result)).toEqual([
      'Implications for adoption → Implications on adoption',
      'Acknowledgements → Acknowledgments',
      'User Benefits → User Benefit',
      'Proposed Design → Design Proposal',
    ]);
    expect(result.nearMisses.map((entry) => [entry.section.heading!.text, entry.rule.id])).toEqual([['Future Posibilities', 'Future possibilities']]);
  });
});
