import { describe, expect, it } from '@jest/globals';
import { columnsOf, type TemplateConformance } from '../../../src/report/conformance/model.js';
import { STATE_SYMBOLS } from '../../../src/report/conformance/states.js';
import { exampleReport, SCHEMA } from './example.js';

/** Each document as `path: symbol@line …` over the columns, worst first. */
function grid(template: TemplateConformance): string[] {
  return template.documents.map(
    (document) => `${document.path}: ${document.cells.map((cell) => `${STATE_SYMBOLS[cell.state]}${cell.line ?? ''}`).join(' ')}`,
  );
}

describe('buildConformance', () => {
  const report = exampleReport();
  const [template] = report.templates;

  it('has a column per field, then per section depth first, with parents and groups', () => {
    expect(columnsOf(SCHEMA).map((column) => `${column.kind} ${column.id} ${column.depth} ${column.parent} ${column.required} ${column.group}`)).toEqual([
      'field Status 0 -1 true Fields',
      'field Owner 0 -1 true Fields',
      'section Problem 0 -1 true Problem',
      'section Design 0 -1 true Design',
      'section Design > Risks 1 3 true Design',
      'section Alternatives (optional) 0 -1 false Alternatives (optional)',
    ]);
    expect(template!.columns.map((column) => column.label)).toEqual(['Status', 'Owner', 'Problem', 'Design', 'Risks', 'Alternatives (optional)']);
  });

  it('gives each cell its state and line, the worst documents first', () => {
    expect(grid(template!)).toEqual([
      'docs/team-a/empty.md: ✓3 ○4 ✓6 ○10 ✗10 ✓12',
      'docs/team-a/missing.md: ✓3 ✓4 ✗6 …6 ✓10 –',
      'docs/team-b/misplaced.md: !3 ✓4 ✓14 ↕6 ✓10 –',
      'docs/team-b/found-under.md: ✓3 ✓4 ✓6 ✓14 ↕10 –',
      'docs/clean.md: ✓3 ✓4 ✓6 ✓10 ✓14 –',
    ]);
  });

  it('puts each finding in the cell it is about', () => {
    const missing = template!.documents.find((document) => document.path === 'docs/team-a/missing.md')!;
    expect(missing.cells.map((cell) => cell.findings.map((finding) => `${finding.line} ${finding.ruleId}`))).toEqual([
      [],
      [],
      ['6 required-section'],
      ['8 placeholder'],
      [],
      [],
    ]);
  });

  it('counts per column the documents in each state and those that have it', () => {
    expect(template!.summaries.map((summary) => [summary.have, summary.counts.missing, summary.counts['not-applicable']])).toEqual([
      [5, 0, 0],
      [5, 0, 0],
      [4, 1, 0],
      [5, 0, 0],
      [4, 1, 0],
      [1, 0, 4],
    ]);
    expect(template!.clean).toBe(1);
  });

  it('counts findings by rule, and says which documents were skipped or not checked, and why', () => {
    expect(template!.rules.map((rule) => `${rule.ruleId} ${rule.errors} ${rule.warnings}`)).toEqual([
      'field-value 2 0',
      'required-section 2 0',
      'empty-section 1 0',
      'placeholder 1 0',
      'section-order 1 0',
    ]);
    expect(report.checked).toBe(5);
    expect(report.notChecked).toEqual([{ path: 'docs/broken.md', message: 'Cannot read file: it is binary' }]);
    expect(report.skipped).toEqual([
      { reason: 'no documents entry matches', count: 2 },
      { reason: 'it is the template "feature"', count: 1 },
    ]);
  });

  it('reads the status of each document from the Status field', () => {
    expect(template!.statusField).toBe('Status');
    expect(template!.documents.map((document) => document.status)).toEqual(['Draft', 'Accepted', 'Maybe', 'Accepted', 'Draft']);
  });
});
