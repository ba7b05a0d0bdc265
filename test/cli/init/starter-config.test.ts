import { afterEach, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { starterConfig } from '../../../src/cli/init/starter-config.js';
import { loadConfig } from '../../../src/config/load.js';
import { makeTree, removeTree } from '../../files/tree.js';

const roots: string[] = [];
afterEach(async () => {
  await Promise.all(roots.splice(0).map(removeTree));
});

describe('starterConfig', () => {
  it('writes the proposal as commented YAML that loadConfig reads back', async () => {
    const text = starterConfig({
      templates: [{ name: 'adr', path: 'docs/templates/adr.md' }],
      documents: [
        { glob: 'docs/adr/**/*.md', template: 'adr', paths: ['docs/adr/1.md', 'docs/adr/2.md'] },
        { glob: 'docs/design/*.md', template: 'design-doc', paths: ['docs/design/a.md'] },
      ],
    });
    expect(text).toBe(
      [
        '# guidelint configuration, written by `guidelint init`. Edit it freely:',
        '# `npx guidelint` checks the documents below, `npx guidelint --verbose` says which template',
        "# each file follows. Reference: the Configuration section of guidelint's README.",
        '',
        "# This repository's own templates, by name (a template is a Markdown file of [placeholders]).",
        '# The built-in ones need no entry: implementation-guide, phased-guide, design-doc,',
        '# implementation-spec, task-guide.',
        'templates:',
        '  adr: docs/templates/adr.md',
        '',
        '# Which template the documents follow: the first entry whose glob matches a file wins.',
        '# A document may also name its template in its frontmatter (`template: design-doc`).',
        'documents:',
        '  # 2 documents whose headings match adr',
        '  - files: "docs/adr/**/*.md"',
        '    template: adr',
        '  # 1 document whose headings match design-doc',
        '  - files: "docs/design/*.md"',
        '    template: design-doc',
        '',
        '# Rule severities: off, warn or error (e.g. `unknown-section: warn`, `code-block: off`).',
        'rules: {}',
        '',
        '# Files never checked, besides those .gitignore and .guidelintignore exclude and node_modules.',
        'ignore: []',
        '',
        '# true: a document no entry covers follows the template whose headings it shares most.',
        'detect: false',
        '',
      ].join('\n'),
    );
    const root = await makeTree({ '.guidelintrc.yaml': text, 'docs/templates/adr.md': '# ADR\n' });
    roots.push(root);
    const loaded = await loadConfig({ cwd: root });
    expect(loaded.config).toEqual({
      templates: { adr: { path: join(root, 'docs/templates/adr.md'), rules: {}, ruleOptions: {}, sections: {}, fields: {}, fieldOrder: null, origin: '.guidelintrc.yaml: templates.adr' } },
      documents: [
        { files: ['docs/adr/**/*.md'], template: 'adr' },
        { files: ['docs/design/*.md'], template: 'design-doc' },
      ],
      rules: {},
      ruleOptions: {},
      ignore: [],
      detect: false,
    });
  });

  it('writes empty sections with an example when nothing was found, still valid', async () => {
    const text = starterConfig({ templates: [], documents: [] });
    expect(text).toContain('templates: {}\n');
    expect(text).toContain('documents: []\n  # - files: "docs/design/**/*.md"\n  #   template: design-doc\n');
    const root = await makeTree({ '.guidelintrc.yaml': text });
    roots.push(root);
    expect((await loadConfig({ cwd: root })).config).toEqual({ templates: {}, documents: [], rules: {}, ruleOptions: {}, ignore: [], detect: false });
  });

  it('quotes names and paths YAML would read as something else', async () => {
    const text = starterConfig({ templates: [{ name: 'true', path: 'my templates/a b.md' }], documents: [] });
    expect(text).toContain('templates:\n  "true": "my templates/a b.md"\n');
  });
});
