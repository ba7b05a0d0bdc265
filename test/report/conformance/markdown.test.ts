import { describe, expect, it } from '@jest/globals';
import { renderMarkdown } from '../../../src/report/conformance/markdown.js';
import { buildConformance } from '../../../src/report/conformance/model.js';
import { exampleReport, exampleResults, SCHEMA } from './example.js';

describe('renderMarkdown', () => {
  it('summarizes the templates, then per template its sections and fields and its worst documents', () => {
    expect(renderMarkdown(exampleReport())).toBe(
      [
        '### guidelint conformance report',
        '',
        '**1 of 5** documents follow their template with no finding. 1 template · config `.guidelintrc.yaml` · 3 files skipped · 1 not checked.',
        '',
        '| Template | Documents | Clean | Errors | Warnings | Most found |',
        '| --- | ---: | ---: | ---: | ---: | --- |',
        '| `feature` | 5 | 1 (20 %) | 7 | 0 | `field-value` 2, `required-section` 2, `empty-section` 1 |',
        '',
        '<details><summary><code>feature</code>: 5 documents, by section and field</summary>',
        '',
        '| Section or field | Have it | ✗ missing | ↕ misplaced | ○ empty | … placeholder left | ! present, with findings |',
        '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
        '| Status | 100 % |  |  |  |  | 1 |',
        '| Owner | 100 % |  |  | 1 |  |  |',
        '| Problem | 80 % | 1 |  |  |  |  |',
        '| Design | 100 % |  | 1 | 1 | 1 |  |',
        '| \u2003Risks | 80 % | 1 | 1 |  |  |  |',
        '| Alternatives (optional) | 20 % |  |  |  |  |  |',
        '',
        'Worst documents:',
        '',
        '| Document | Errors | Warnings | Where |',
        '| --- | ---: | ---: | --- |',
        '| `docs/team-a/empty.md` | 2 | 0 | Risks: missing; Owner: empty; Design: empty |',
        '| `docs/team-a/missing.md` | 2 | 0 | Problem: missing; Design: placeholder left |',
        '| `docs/team-b/misplaced.md` | 2 | 0 | Design: misplaced; Status: present, with findings |',
        '| `docs/team-b/found-under.md` | 1 | 0 | Risks: misplaced |',
        '',
        '</details>',
        '',
        'Not checked (1):',
        '',
        '- `docs/broken.md`: Cannot read file: it is binary',
        '',
        '<sub>guidelint 0.1.0 · 2026-12-05 09:30 UTC</sub>',
        '',
      ].join('\n'),
    );
  });

  it('keeps paths, labels and messages from breaking the table or bringing their own markup', () => {
    const report = buildConformance({
      results: exampleResults().slice(0, 1),
      templates: new Map([['feature', SCHEMA]]),
      skipped: [],
      pathOf: () => 'docs/a|b `c` <img src=x>.md',
      config: null,
      generatedAt: '2026-12-05T09:30:00.000Z',
      toolVersion: '0.1.0',
    });
    report.templates[0]!.documents[0]!.errors = 1;
    const markdown = renderMarkdown(report);
    expect(markdown).toContain('| docs/a\\|b \\`c\\` &lt;img src=x&gt;.md | 1 | 0 |  |');
    expect(markdown).not.toContain('<img');
    expect(markdown).toContain('1 template · no config file.');
  });
});
