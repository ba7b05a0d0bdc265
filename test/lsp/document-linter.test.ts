import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { utimesSync } from 'node:fs';
import { join } from 'node:path';
import { DocumentLinter } from '../../src/lsp/document-linter.js';
import { addFiles, makeTree, removeTree } from '../files/tree.js';

const TEMPLATE = '# [Project] Notes\n\n## Summary\n\n[Describe the project]\n\n## Details\n\n[Explain how it works]\n\n## Risks\n\n[Risks]\n';
const CONFIG = [
  'templates:',
  '  notes: templates/notes.md',
  'documents:',
  '  - files: "docs/**/*.md"',
  '    template: notes',
  'ignore: ["docs/archive/**"]',
  'rules:',
  '  placeholder: warn',
  '',
].join('\n');
const MISSING_DETAILS = '# Alpha Notes\n\n## Summary\n\nAlpha.\n\n## Risks\n\n[Risks]\n';

let workspace: string;
beforeAll(async () => {
  workspace = await makeTree({
    'repo/.guidelintrc.yaml': CONFIG,
    'repo/templates/notes.md': TEMPLATE,
    'detecting/.guidelintrc.yaml': 'templates:\n  notes: notes.md\ndetect: true\n',
    'detecting/notes.md': TEMPLATE,
    'broken/.guidelintrc.yaml': 'documents: 3\n',
  });
});
afterAll(() => removeTree(workspace));

const at = (path: string): string => join(workspace, path);
const summary = (lint: Awaited<ReturnType<DocumentLinter['lint']>>) => ({
  template: lint.template,
  findings: lint.findings.map((finding) => `${finding.line}:${finding.column} ${finding.severity} ${finding.ruleId} ${finding.message}`),
});

describe('DocumentLinter', () => {
  it('lints a document the config maps to a template, with the config\'s severities', async () => {
    const linter = new DocumentLinter(workspace);
    const lint = await linter.lint(at('repo/docs/alpha.md'), MISSING_DETAILS);
    expect(summary(lint)).toEqual({
      template: 'notes',
      findings: [
        '7:1 2 required-section Missing required section "## Details" (notes), expected after "## Summary"',
        '9:1 1 placeholder Placeholder "[Risks]" left in from the template (notes)',
      ],
    });
    expect(lint.lint!('# Alpha Notes\n').map((finding) => finding.ruleId)).toEqual(['required-section', 'required-section', 'required-section']);
  });

  it('gives no findings to a document that follows no template, is ignored, or is a template', async () => {
    const linter = new DocumentLinter(workspace);
    for (const path of ['repo/notes/other.md', 'repo/docs/archive/old.md', 'repo/templates/notes.md', 'elsewhere.md']) {
      expect([path, summary(await linter.lint(at(path), MISSING_DETAILS))]).toEqual([path, { template: null, findings: [] }]);
    }
  });

  it('follows the frontmatter\'s template, and reports one it cannot find at its key', async () => {
    const linter = new DocumentLinter(workspace);
    const named = await linter.lint(at('elsewhere.md'), '---\ntemplate: repo/templates/notes.md\n---\n# Alpha Notes\n\n## Summary\n\nA.\n\n## Details\n\nD.\n\n## Risks\n\nR.\n');
    expect(summary(named)).toEqual({ template: 'notes', findings: [] });
    const unknown = await linter.lint(at('elsewhere.md'), '---\ntitle: A\ntemplate: nope\n---\n# A\n');
    expect(unknown.findings.map((finding) => [finding.line, finding.column, finding.fatal, finding.message.split(':')[0]])).toEqual([
      [3, 1, true, 'Frontmatter "template'],
    ]);
  });

  it('detects the template by its headings with detect: true', async () => {
    const linter = new DocumentLinter(workspace);
    const complete = '# Alpha Notes\n\n## Summary\n\nA.\n\n## Details\n\nD.\n\n## Risks\n\n[Risks]\n';
    expect(summary(await linter.lint(at('detecting/doc.md'), complete))).toEqual({
      template: 'notes',
      findings: ['13:1 2 placeholder Placeholder "[Risks]" left in from the template (notes)'],
    });
  });

  it('reports a config it cannot use as one fatal finding, until it is fixed', async () => {
    const linter = new DocumentLinter(workspace);
    const lint = await linter.lint(at('broken/doc.md'), '# A\n');
    expect(lint.findings).toHaveLength(1);
    expect(lint.findings[0]).toMatchObject({ ruleId: null, fatal: true, line: 1, column: 1 });
    expect(lint.findings[0]!.message).toMatch(/^Cannot use the config: \.guidelintrc\.yaml: documents/u);
    await addFiles(workspace, { 'broken/.guidelintrc.yaml': 'documents: []\n' });
    expect(await linter.lint(at('broken/doc.md'), '# A\n')).toEqual({ template: null, findings: [], outline: null, lint: null, schema: null });
  });

  it('keeps what it read until invalidated, and knows which files matter', async () => {
    const linter = new DocumentLinter(workspace);
    const doc = at('repo/docs/alpha.md');
    await linter.lint(doc, MISSING_DETAILS);
    expect([at('repo/templates/notes.md'), at('repo/.guidelintrc.yaml'), at('repo/x/.gitignore'), doc].map((path) => linter.affectsFindings(path))).toEqual([
      true,
      true,
      true,
      false,
    ]);
    await addFiles(workspace, { 'repo/templates/notes.md': TEMPLATE.replace('## Details\n\n[Explain how it works]\n\n', '') });
    expect((await linter.lint(doc, MISSING_DETAILS)).findings.map((finding) => finding.ruleId)).toEqual(['required-section', 'placeholder']);
    const generation = linter.generation;
    linter.invalidate();
    expect(linter.generation).toBe(generation + 1);
    expect((await linter.lint(doc, MISSING_DETAILS)).findings.map((finding) => finding.ruleId)).toEqual(['placeholder']);
    await addFiles(workspace, { 'repo/templates/notes.md': TEMPLATE });
  });

  it('refreshes when a config or template file it read was modified since', async () => {
    const linter = new DocumentLinter(workspace);
    await linter.lint(at('repo/docs/alpha.md'), MISSING_DETAILS);
    expect(await linter.refresh()).toBe(false);
    utimesSync(at('repo/.guidelintrc.yaml'), new Date(), new Date(Date.now() + 10_000));
    const generation = linter.generation;
    expect([await linter.refresh(), linter.generation]).toEqual([true, generation + 1]);
    expect(await linter.refresh()).toBe(false);
  });
});
