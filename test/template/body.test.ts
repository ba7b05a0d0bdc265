import { describe, expect, it } from '@jest/globals';
import { intersectBodies } from '../../src/template/build/body.js';
import { compileTemplate } from '../../src/template/compile.js';
import { outlineFromRemark } from '../../src/outline/from-remark.js';
import { itemLeadingWords, wordsPattern } from '../../src/template/patterns.js';

const itemPattern = (text: string): string => wordsPattern(itemLeadingWords(text));
import type { BodyRule } from '../../src/template/schema.js';
import { compilePattern, normalizeItemText } from '../../src/template/text.js';

/** The body rules of a template snippet's first section (read with remark, the reference front-end). */
function body(markdown: string): BodyRule {
  const first = compileTemplate(markdown, { name: 't', frontEnd: outlineFromRemark }).sections[0];
  if (!first) throw new Error('no section');
  return first.body;
}

describe('task items', () => {
  it('requires literal items, with punctuation and a trailing (…) ignored', () => {
    const pattern = compilePattern(itemPattern('All tests passing (100% success rate)'));
    expect(pattern.test(normalizeItemText('all tests passing'))).toBe(true);
    expect(pattern.test(normalizeItemText('**All tests passing** (98%)'))).toBe(true);
    expect(pattern.test(normalizeItemText('All tests passing!'))).toBe(true);
    expect(pattern.test(normalizeItemText('Some tests passing'))).toBe(false);
    expect(pattern.test(normalizeItemText('All tests'))).toBe(false);
  });

  it('recognizes an item by its first words: wrapped text and added detail still match', () => {
    const pattern = compilePattern(itemPattern('(R) Minimum Two Week Window for GA e2e tests to prove flake free'));
    expect(pattern.test(normalizeItemText('(R) Minimum Two Week Window for GA e2e tests'))).toBe(true);
    expect(pattern.test(normalizeItemText('(R) Minimum Two Week'))).toBe(false);
    expect(compilePattern(itemPattern('Monitoring configured')).test(normalizeItemText('Monitoring configured in Grafana'))).toBe(true);
    expect(compilePattern(itemPattern('Phase 1 implemented and tested')).test(normalizeItemText('Phase 10 implemented and tested'))).toBe(false);
  });

  it('reduces links to their text', () => {
    expect(normalizeItemText('Ensure [GA tests](https://x.io/a) pass')).toBe('ensure ga tests pass');
  });

  it('keeps items with a long shared start apart', () => {
    const items = body('## P\n\n- [ ] (R) Production readiness review completed\n- [ ] (R) Production readiness review approved\n').tasks?.items ?? [];
    expect(items.map((item) => item.pattern)).toEqual([
      '^[^\\p{L}\\p{N}]*production[^\\p{L}\\p{N}]+readiness[^\\p{L}\\p{N}]+review[^\\p{L}\\p{N}]+completed(?:[^\\p{L}\\p{N}].*)?$',
      '^[^\\p{L}\\p{N}]*production[^\\p{L}\\p{N}]+readiness[^\\p{L}\\p{N}]+review[^\\p{L}\\p{N}]+approved(?:[^\\p{L}\\p{N}].*)?$',
    ]);
  });

  it('makes conditional items optional and placeholder items collapse', () => {
    const rule = body(
      '## P\n\n- [ ] Implement [Component A]\n- [ ] Implement [Component B]\n- [ ] Connect components\n- [ ] Add retry logic (if applicable)\n- [x] Update README if needed\n',
    ).tasks;
    expect(rule).toEqual({
      atLeastOne: true,
      line: 3,
      items: [
        expect.objectContaining({ display: 'Connect components', required: true, whenMember: null, line: 5 }),
        expect.objectContaining({ display: 'Add retry logic (if applicable)', required: false, line: 6 }),
        expect.objectContaining({ display: 'Update README if needed', required: false, line: 7 }),
      ],
    });
  });

  it('reads ☐ lines of an untagged code block, and no code rule from it', () => {
    const rule = body('## Checklist\n\n```\n☐ Pre-flight verification complete\n☑ All dependencies installed\n```\n');
    expect(rule.tasks?.items.map((item) => [item.display, item.required])).toEqual([
      ['Pre-flight verification complete', true],
      ['All dependencies installed', true],
    ]);
    expect(rule.code).toBeNull();
  });

  it('reads ☐ lines of a code block tagged as plain text the same, and no code rule from it', () => {
    const rule = body('## Checklist\n\n```text\n☐ Pre-flight verification complete\n☑ All dependencies installed\n```\n');
    expect(rule.tasks?.items.map((item) => item.display)).toEqual(['Pre-flight verification complete', 'All dependencies installed']);
    expect(rule.code).toBeNull();
  });

  it('reads a list with an `Other` item as a choice: nothing required, not even one item', () => {
    const rule = body('## Mechanism\n\n- [ ] Feature gate (also fill in `kep.yaml`)\n- [ ] Other\n');
    expect(rule.tasks).toMatchObject({ atLeastOne: false, items: [{ required: false }, { required: false }] });
  });
});

describe('labels', () => {
  it('requires literal labels, folds numbered ones, skips placeholder labels', () => {
    const rules = body(
      '## S\n\n**Purpose:** [What it does]\n\n**Test Scenario 1:**\n1. x\n\n**Test Scenario 2:**\n1. y\n\n**[Aspect]:** z\n',
    ).labels;
    expect(rules.map((rule) => [rule.display, rule.pattern, rule.required, rule.line])).toEqual([
      ['Purpose', '^purpose$', true, 3],
      ['Test Scenario {n}', '^test scenario\\s?(?<n>\\d+)(?![\\p{L}\\p{N}]|\\.\\d).*$', true, 5],
    ]);
  });

  it('makes a label introducing `[If …]` or `[Optional …]` optional, on its line or the next', () => {
    const rules = body('## S\n\n**Memory:** used\n**Benchmarks:**\n[If applicable, include results]\n\n**Notes:** [Optional notes]\n').labels;
    expect(rules.map((rule) => [rule.display, rule.required])).toEqual([
      ['Memory', true],
      ['Benchmarks', false],
      ['Notes', false],
    ]);
  });
});

describe('tables and code', () => {
  it('requires header columns and date columns', () => {
    const rule = body('## Log\n\n| Date | Version | Notes |\n|---|---|---|\n| [YYYY-MM-DD] | [1.0] | [Initial] |\n');
    expect(rule.tables).toEqual([{ columns: ['Date', 'Version', 'Notes'], dateColumns: ['Date'], line: 3 }]);
  });

  it('requires a language tag only when the template block has one', () => {
    expect(body('## A\n\n```rust\nfn a() {}\n```\n').code).toEqual({ lang: true, line: 3 });
    expect(body('## A\n\n```\n<Pseudocode>\n```\n').code).toEqual({ lang: false, line: 3 });
  });

  it('sets no code rule for an `[Optional …]` block or an indented block', () => {
    expect(body('## A\n\n```\n[Optional: ASCII diagram, or flowchart]\n```\n\n    indented code\n').code).toBeNull();
  });
});

describe('intersectBodies', () => {
  it('keeps what every body holds', () => {
    const first = body('## A\n\n**Objective**: [x]\n**Commands**:\n\n```bash\nls\n```\n');
    const second = body('## B\n\n**Objective**: [y]\n**Reference**: z\n');
    expect(intersectBodies([first, second])).toEqual({
      tasks: null,
      tables: [],
      labels: [{ display: 'Objective', pattern: '^objective$', required: true, line: 3 }],
      code: null,
    });
    expect(intersectBodies([first])).toBe(first);
    expect(intersectBodies([])).toEqual({ tasks: null, tables: [], labels: [], code: null });
  });

  it('keeps a code rule all hold, with a language only if all have one', () => {
    const tagged = body('## A\n\n```bash\nls\n```\n');
    const untagged = body('## B\n\n```\nls\n```\n');
    expect(intersectBodies([tagged, untagged]).code).toEqual({ lang: false, line: 3 });
  });
});
