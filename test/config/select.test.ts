import { afterEach, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { ConfigError } from '../../src/config/errors.js';
import { loadConfig } from '../../src/config/load.js';
import { findTemplate, selectFromDocument, selectTemplate, templateOfFile } from '../../src/config/select.js';
import { builtinTemplatePath } from '../../src/config/templates.js';
import type { LoadedConfig } from '../../src/config/types.js';
import { addFiles, makeTree, removeTree } from '../files/tree.js';

const roots: string[] = [];
afterEach(async () => {
  await Promise.all(roots.splice(0).map(removeTree));
});

/** A project with two configured templates and three documents entries. */
async function project(): Promise<LoadedConfig> {
  const root = await makeTree({
    '.guidelintrc.yaml': [
      'templates:',
      '  rfc:',
      '    path: templates/rfc.md',
      '    rules: { code-block: off }',
      '    sections: { "Unresolved questions": { optional: true } }',
      '  adr: templates/adr.md',
      'documents:',
      '  - { files: "docs/rfcs/**/*.md", template: rfc }',
      '  - { files: ["docs/design/*.md", ".github/**/*.md"], template: design-doc }',
      '  - { files: "./docs/", template: templates/adr.md }',
      'rules: { code-block: warn, unknown-section: warn }',
    ].join('\n'),
    'templates/rfc.md': '# RFC\n',
    'templates/adr.md': '# ADR\n',
  });
  roots.push(root);
  return loadConfig({ cwd: root });
}

describe('selectTemplate', () => {
  it('takes the first documents entry whose glob matches, relative to the config folder', async () => {
    const loaded = await project();
    expect(selectTemplate(join(loaded.dir, 'docs/rfcs/2024/0001-x.md'), undefined, loaded)).toEqual({
      template: {
        name: 'rfc',
        path: join(loaded.dir, 'templates/rfc.md'),
        rules: { 'code-block': 'off', 'unknown-section': 'warn' },
        ruleOptions: {},
        sections: { 'Unresolved questions': { optional: true } },
        fields: {},
        fieldOrder: null,
        origin: '.guidelintrc.yaml: templates.rfc',
      },
      reason: 'from documents[0] "docs/rfcs/**/*.md"',
    });
    expect(selectTemplate(join(loaded.dir, 'docs/design/cache.md'), undefined, loaded)).toEqual({
      template: {
        name: 'design-doc',
        path: builtinTemplatePath('design-doc'),
        rules: { 'code-block': 'warn', 'unknown-section': 'warn' },
        ruleOptions: {},
        sections: {},
        fields: {},
        fieldOrder: null,
        origin: null,
      },
      reason: 'from documents[1] "docs/design/*.md"',
    });
  });

  it('matches dot folders and names the glob that matched', async () => {
    const loaded = await project();
    const selection = selectTemplate(join(loaded.dir, '.github/ISSUE_TEMPLATE/bug.md'), undefined, loaded);
    expect(selection.reason).toBe('from documents[1] ".github/**/*.md"');
  });

  it('gives a template named by its path in the config the configured entry', async () => {
    const loaded = await project();
    const selection = selectTemplate(join(loaded.dir, 'docs/notes/n.md'), undefined, loaded);
    expect(selection.template?.name).toBe('adr');
    expect(selection.template?.origin).toBe('.guidelintrc.yaml: templates.adr');
    expect(selection.reason).toBe('from documents[2] "./docs/"');
  });

  it('skips a file that no entry matches, or that lies outside the config folder', async () => {
    const loaded = await project();
    expect(selectTemplate(join(loaded.dir, 'README.md'), undefined, loaded)).toEqual({
      template: null,
      reason: 'no "template:" in its frontmatter and no documents entry matches',
    });
    expect(selectTemplate(join(loaded.dir, '..', 'docs/rfcs/a.md'), undefined, loaded).template).toBeNull();
  });

  it('puts frontmatter before documents, read relative to the document', async () => {
    const loaded = await project();
    const file = join(loaded.dir, 'docs/rfcs/a.md');
    expect(selectTemplate(file, 'task-guide', loaded)).toMatchObject({
      template: { name: 'task-guide', path: builtinTemplatePath('task-guide') },
      reason: 'from frontmatter "template: task-guide"',
    });
    expect(selectTemplate(file, '../../templates/adr.md', loaded)).toMatchObject({
      template: { name: 'adr', path: join(loaded.dir, 'templates/adr.md') },
      reason: 'from frontmatter "template: ../../templates/adr.md"',
    });
    expect(selectTemplate(file, 'own/guide.markdown', loaded)).toMatchObject({
      template: { name: 'guide', path: join(loaded.dir, 'docs/rfcs/own/guide.markdown'), sections: {}, origin: null },
    });
  });

  it('reports an unknown frontmatter template as an error for the document', async () => {
    const loaded = await project();
    expect(selectTemplate(join(loaded.dir, 'docs/rfcs/a.md'), 'rfcs', loaded)).toEqual({
      template: null,
      reason: 'frontmatter "template: rfcs" names no known template',
      error:
        'Frontmatter "template:" names an unknown template "rfcs" (known: rfc, adr, implementation-guide, phased-guide, design-doc, implementation-spec, task-guide)',
    });
  });

  it('puts --template before everything', async () => {
    const loaded = await project();
    expect(selectTemplate(join(loaded.dir, 'docs/rfcs/a.md'), 'task-guide', loaded, 'adr')).toMatchObject({
      template: { name: 'adr' },
      reason: 'from --template',
    });
  });

  it('throws a ConfigError for an unknown --template', async () => {
    const loaded = await project();
    expect(() => selectTemplate(join(loaded.dir, 'a.md'), undefined, loaded, 'rfcs')).toThrow(
      new ConfigError(
        '--template: unknown template "rfcs" (known: rfc, adr, implementation-guide, phased-guide, design-doc, implementation-spec, task-guide)',
      ),
    );
  });

  it('never checks a template as a document', async () => {
    const loaded = await project();
    expect(selectTemplate(join(loaded.dir, 'templates/rfc.md'), undefined, loaded, 'design-doc')).toEqual({
      template: null,
      reason: 'it is the template "rfc"',
    });
    expect(selectTemplate(builtinTemplatePath('phased-guide'), undefined, loaded)).toEqual({
      template: null,
      reason: 'it is the template "phased-guide"',
    });
    const own = join(loaded.dir, 'docs/mine.md');
    expect(selectTemplate(own, undefined, loaded, own)).toEqual({ template: null, reason: 'it is the template "mine"' });
    expect(selectTemplate(own, undefined, loaded, 'mine.md', join(loaded.dir, 'docs'))).toEqual({
      template: null,
      reason: 'it is the template "mine"',
    });
  });

  it('works with no config: only --template and frontmatter select', () => {
    const loaded: LoadedConfig = {
      config: { templates: {}, documents: [], rules: {}, ruleOptions: {}, ignore: [], detect: false },
      filePath: null,
      dir: '/nowhere',
    };
    expect(selectTemplate('/nowhere/a.md', undefined, loaded)).toEqual({
      template: null,
      reason: 'no "template:" in its frontmatter and no config file',
    });
    expect(selectTemplate('/nowhere/a.md', 'design-doc', loaded).template?.name).toBe('design-doc');
  });
});

describe('findTemplate', () => {
  it('lets a configured name shadow a built-in one, and returns null for an unknown name', () => {
    const loaded: LoadedConfig = {
      config: {
        templates: {
          'design-doc': { path: '/p/mine.md', rules: { title: 'off' }, ruleOptions: {}, sections: {}, fields: {}, fieldOrder: null, origin: 'x: templates.design-doc' },
        },
        documents: [],
        rules: { title: 'warn', checklist: 'off' },
        ruleOptions: {},
        ignore: [],
        detect: false,
      },
      filePath: '/p/.guidelintrc.json',
      dir: '/p',
    };
    expect(findTemplate('design-doc', '/p', loaded)).toEqual({
      name: 'design-doc',
      path: '/p/mine.md',
      rules: { title: 'off', checklist: 'off' },
      ruleOptions: {},
      sections: {},
      fields: {},
      fieldOrder: null,
      origin: 'x: templates.design-doc',
    });
    expect(findTemplate('nope', '/p', loaded)).toBeNull();
    expect(findTemplate('toString', '/p', loaded)).toBeNull();
  });

  it('asks the disk whether a name is a file once per config', async () => {
    const loaded = await project();
    expect(findTemplate('notes', loaded.dir, loaded)).toBeNull();
    await addFiles(loaded.dir, { notes: '# Notes\n' });
    expect(findTemplate('notes', loaded.dir, loaded)).toBeNull();
    const reloaded = await loadConfig({ cwd: loaded.dir });
    expect(findTemplate('notes', reloaded.dir, reloaded)?.path).toBe(join(loaded.dir, 'notes'));
  });
});

describe('templateOfFile and selectFromDocument', () => {
  it('names the configured or built-in template a file is, and nothing else', async () => {
    const loaded = await project();
    expect(templateOfFile(join(loaded.dir, 'templates/adr.md'), loaded)).toBe('adr');
    expect(templateOfFile(builtinTemplatePath('task-guide'), loaded)).toBe('task-guide');
    expect(templateOfFile(join(loaded.dir, 'docs/rfcs/a.md'), loaded)).toBeNull();
  });

  it('selects by frontmatter, then documents, without asking whether the file is a template', async () => {
    const loaded = await project();
    const own = join(loaded.dir, 'templates/rfc.md');
    expect(selectFromDocument(own, './rfc.md', loaded)).toMatchObject({
      template: { name: 'rfc', path: own },
      reason: 'from frontmatter "template: ./rfc.md"',
    });
    expect(selectFromDocument(join(loaded.dir, 'docs/design/a.md'), undefined, loaded)).toMatchObject({
      template: { name: 'design-doc' },
      reason: 'from documents[1] "docs/design/*.md"',
    });
  });
});
