/** Nested configs (DESIGN §5): each folder's config is the nearest one, extending those above it. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { ConfigError } from '../../src/config/errors.js';
import { loadConfig } from '../../src/config/load.js';
import { ConfigLookup, configIgnoreLookup } from '../../src/config/lookup.js';
import { selectFromDocument } from '../../src/config/select.js';
import { makeTree, removeTree } from '../files/tree.js';

let root: string;
const at = (...parts: string[]): string => join(root, ...parts);

beforeAll(async () => {
  root = await makeTree({
    '.guidelintrc.yaml': [
      'templates:',
      '  adr: templates/adr.md',
      '  notes: { path: templates/notes.md, rules: { title: off } }',
      'documents:',
      '  - { files: "docs/**/*.md", template: adr }',
      'rules: { placeholder: warn, unknown-section: [warn, { levels: [2] }] }',
      'ignore: ["docs/archive/**"]',
      'detect: true',
    ].join('\n'),
    'templates/adr.md': '# ADR\n',
    'templates/notes.md': '# Notes\n',
    'templates/team-adr.md': '# Team ADR\n',
    'docs/team/.guidelintrc.yaml': [
      'templates:',
      '  adr: ../../templates/team-adr.md',
      'documents:',
      '  - { files: "notes/*.md", template: notes }',
      'rules: { placeholder: error, unknown-section: off }',
      'ignore: ["drafts/"]',
    ].join('\n'),
    'docs/vendor/.guidelintrc.yaml': 'root: true\ndocuments:\n  - { files: "*.md", template: design-doc }\n',
    'docs/unknown/.guidelintrc.yaml': 'documents:\n  - { files: "*.md", template: rfcs }\n',
    'broken/.guidelintrc.yaml': 'rules: { title: loud }\n',
    'broken/rooted/.guidelintrc.yaml': 'root: true\n',
    'broken/extending/.guidelintrc.yaml': 'rules: {}\n',
  });
});

afterAll(() => removeTree(root));

describe('ConfigLookup', () => {
  it('merges a nested config over its parent: rules by id, templates by name, its documents first', async () => {
    const team = await new ConfigLookup(root).forFolder(at('docs/team/notes'));
    expect(team).toEqual({
      filePath: at('docs/team/.guidelintrc.yaml'),
      dir: at('docs/team'),
      parents: [{ filePath: at('.guidelintrc.yaml'), ignore: ['docs/archive/**'] }],
      config: {
        templates: {
          adr: expect.objectContaining({ path: at('templates/team-adr.md'), origin: 'docs/team/.guidelintrc.yaml: templates.adr' }),
          notes: expect.objectContaining({ path: at('templates/notes.md'), rules: { title: 'off' }, origin: '.guidelintrc.yaml: templates.notes' }),
        },
        documents: [
          { files: ['notes/*.md'], template: 'notes' },
          { files: ['docs/**/*.md'], template: 'adr', inherited: { filePath: at('.guidelintrc.yaml'), index: 0 } },
        ],
        // A severity alone keeps the options the parent gave the rule.
        rules: { placeholder: 'error', 'unknown-section': 'off' },
        ruleOptions: { 'unknown-section': { levels: [2] } },
        ignore: ['drafts/'],
        detect: true,
      },
    });
    expect(Object.keys(team.config.templates)).toEqual(['adr', 'notes']);
  });

  it('resolves an inherited entry against the folder that wrote it, and a name against the nearest definition', async () => {
    const lookup = new ConfigLookup(root);
    const team = await lookup.forFolder(at('docs/team'));
    expect(selectFromDocument(at('docs/team/0001-queues.md'), undefined, team)).toMatchObject({
      template: { name: 'adr', path: at('templates/team-adr.md'), rules: { placeholder: 'error', 'unknown-section': 'off' } },
      reason: 'from documents[0] of ../../.guidelintrc.yaml "docs/**/*.md"',
    });
    expect(selectFromDocument(at('docs/team/notes/week-1.md'), undefined, team)).toMatchObject({
      template: { name: 'notes', path: at('templates/notes.md'), rules: { title: 'off', placeholder: 'error' } },
      reason: 'from documents[0] "notes/*.md"',
    });
    expect(selectFromDocument(at('docs/other/0002-x.md'), undefined, await lookup.forFolder(at('docs/other')))).toMatchObject({
      template: { name: 'adr', path: at('templates/adr.md') },
      reason: 'from documents[0] "docs/**/*.md"',
    });
  });

  it('shares one config object among the folders it applies to, and gives a folder outside any config the defaults', async () => {
    const lookup = new ConfigLookup(root);
    expect(await lookup.forFolder(at('docs/team/notes/deep'))).toBe(await lookup.forFolder(at('docs/team')));
    expect(await lookup.forFolder(at('docs'))).toBe(await lookup.forFolder(root));
    expect(await lookup.forFolder(at('docs'))).toEqual(await loadConfig({ cwd: root }));
  });

  it('stops at root: true, and never reads the configs above it', async () => {
    const lookup = new ConfigLookup(root);
    expect(await lookup.forFolder(at('docs/vendor'))).toEqual({
      filePath: at('docs/vendor/.guidelintrc.yaml'),
      dir: at('docs/vendor'),
      config: { templates: {}, documents: [{ files: ['*.md'], template: 'design-doc' }], rules: {}, ruleOptions: {}, ignore: [], detect: false, root: true },
    });
    expect((await lookup.forFolder(at('broken/rooted'))).parents).toBeUndefined();
  });

  it('reports a config above that cannot be used, by its own name; a name its documents use must be known up the chain', async () => {
    const lookup = new ConfigLookup(root);
    await expect(lookup.forFolder(at('broken/extending'))).rejects.toEqual(
      new ConfigError('broken/.guidelintrc.yaml: rules.title: expected "off", "warn" or "error" (or 0, 1, 2), got "loud"'),
    );
    await expect(lookup.forFolder(at('docs/unknown'))).rejects.toEqual(
      new ConfigError(
        'docs/unknown/.guidelintrc.yaml: documents[0].template: unknown template "rfcs" (known: adr, notes, implementation-guide, phased-guide, design-doc, implementation-spec, task-guide)',
      ),
    );
  });

  it('gives each folder the ignore globs of its config and of those it extends, each relative to its own folder', async () => {
    const ignoreIn = configIgnoreLookup(new ConfigLookup(root));
    expect(await ignoreIn(at('docs/team/notes'))).toEqual([
      { dir: at('docs/team'), globs: ['drafts/'] },
      { dir: root, globs: ['docs/archive/**'] },
    ]);
    expect(await ignoreIn(at('docs/vendor'))).toEqual([{ dir: at('docs/vendor'), globs: [] }]);
  });
});
