/**
 * A small conformance example every conformance test draws: one template, real documents linted as
 * the engine lints them (the compiler, the markdown-it outline, every rule), so that each cell state
 * comes from real findings and coverage.
 */
import { lintDocument } from '../../../src/engine/lint-outline.js';
import { makeResult, type LintResult } from '../../../src/engine/results.js';
import { outlineFromMarkdownIt } from '../../../src/outline/from-markdown-it.js';
import { buildConformance, type ConformanceReport } from '../../../src/report/conformance/model.js';
import { compileTemplate } from '../../../src/template/compile.js';
import type { GuideSchema } from '../../../src/template/schema.js';

export const SCHEMA: GuideSchema = compileTemplate(
  [
    '# [Feature Name]',
    '',
    '**Status:** [Draft/Accepted]',
    '**Owner:** [Name]',
    '',
    '## Problem',
    '',
    '[Describe the problem]',
    '',
    '## Design',
    '',
    '[How it works]',
    '',
    '### Risks',
    '',
    '[What could go wrong]',
    '',
    '## Alternatives (optional)',
    '',
    '[Other ways]',
    '',
  ].join('\n'),
  { name: 'feature' },
);

/** By file name: each shows one or more states (see the model test). */
export const DOCUMENTS: Record<string, string[]> = {
  'docs/clean.md': ['# Search', '', '**Status:** Draft', '**Owner:** Ann', '', '## Problem', '', 'P.', '', '## Design', '', 'D.', '', '### Risks', '', 'R.'],
  'docs/team-a/missing.md': ['# Index', '', '**Status:** Accepted', '**Owner:** Bo', '', '## Design', '', 'D. [What could go wrong]', '', '### Risks', '', 'R.'],
  'docs/team-a/empty.md': ['# Cache', '', '**Status:** Draft', '**Owner:**', '', '## Problem', '', 'P.', '', '## Design', '', '## Alternatives', '', 'A.'],
  'docs/team-b/misplaced.md': ['# Queue', '', '**Status:** Maybe', '**Owner:** Cy', '', '## Design', '', 'D.', '', '### Risks', '', 'R.', '', '## Problem', '', 'P.'],
  'docs/team-b/found-under.md': ['# Feed', '', '**Status:** Accepted', '**Owner:** Di', '', '## Problem', '', 'P.', '', '### Risks', '', 'R.', '', '## Design', '', 'D.'],
};

export const ROOT = '/repo';

export function exampleResults(): LintResult[] {
  return Object.entries(DOCUMENTS).map(([path, lines]) => {
    const { messages, coverage } = lintDocument(outlineFromMarkdownIt(`${lines.join('\n')}\n`), SCHEMA);
    return makeResult(`${ROOT}/${path}`, 'feature', messages, coverage);
  });
}

export function exampleReport(): ConformanceReport {
  return buildConformance({
    results: [...exampleResults(), makeResult(`${ROOT}/docs/broken.md`, null, [{ ruleId: null, severity: 2, fatal: true, message: 'Cannot read file: it is binary', line: 1, column: 1, endLine: 1, endColumn: 1 }])],
    templates: new Map([['feature', SCHEMA]]),
    skipped: [
      { filePath: `${ROOT}/README.md`, reason: 'no documents entry matches' },
      { filePath: `${ROOT}/CONTRIBUTING.md`, reason: 'no documents entry matches' },
      { filePath: `${ROOT}/templates/feature.md`, reason: 'it is the template "feature"' },
    ],
    pathOf: (filePath) => filePath.slice(ROOT.length + 1),
    config: '.guidelintrc.yaml',
    generatedAt: '2026-12-05T09:30:00.000Z',
    toolVersion: '0.1.0',
  });
}
