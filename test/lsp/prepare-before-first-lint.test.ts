/**
 * The language server prepares while it starts (DocumentLinter.prepare, called on `initialize`):
 * it reads the workspace's config and the templates it names, so the first document opened is
 * linted sooner; what it read is watched as if a document had been linted; problems wait for the
 * documents' lints to be reported.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { DocumentLinter } from '../../src/lsp/document-linter.js';
import { makeTree, removeTree } from '../files/tree.js';

const TEMPLATE = '# [Project] Notes\n\n## Summary\n\n[Describe the project]\n';
const CONFIG = 'templates:\n  notes: templates/notes.md\ndocuments:\n  - files: "docs/**/*.md"\n    template: notes\n';

let workspace: string;
beforeAll(async () => {
  workspace = await makeTree({
    'repo/.guidelintrc.yaml': CONFIG,
    'repo/templates/notes.md': TEMPLATE,
    'broken/.guidelintrc.yaml': 'documents: 3\n',
    'bad-template/.guidelintrc.yaml': CONFIG,
    'bad-template/templates/notes.md': 'No heading here.\n',
  });
});
afterAll(() => removeTree(workspace));

const at = (path: string): string => join(workspace, path);

describe('DocumentLinter.prepare', () => {
  it('reads the config and the templates its documents follow, before any document', async () => {
    const linter = new DocumentLinter(at('repo'));
    expect(linter.affectsFindings(at('repo/templates/notes.md'))).toBe(false);
    await linter.prepare();
    expect(linter.affectsFindings(at('repo/templates/notes.md'))).toBe(true);
  });

  it('leaves a config or a template it cannot use to the documents\' lints', async () => {
    const broken = new DocumentLinter(at('broken'));
    await expect(broken.prepare()).resolves.toBeUndefined();
    const config = await broken.lint(at('broken/a.md'), '# A\n');
    expect(config.findings.map((finding) => finding.message)).toEqual([expect.stringContaining('Cannot use the config')]);
    const badTemplate = new DocumentLinter(at('bad-template'));
    await expect(badTemplate.prepare()).resolves.toBeUndefined();
    const template = await badTemplate.lint(at('bad-template/docs/a.md'), '# A\n');
    expect(template.findings.map((finding) => finding.message)).toEqual(['Cannot use the template: templates/notes.md: template "notes" has no headings']);
  });
});
