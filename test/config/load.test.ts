import { afterEach, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { ConfigError } from '../../src/config/errors.js';
import { loadConfig } from '../../src/config/load.js';
import { builtinTemplatePath } from '../../src/config/templates.js';
import { makeTree, removeTree } from '../files/tree.js';

const roots: string[] = [];
afterEach(async () => {
  await Promise.all(roots.splice(0).map(removeTree));
});

async function tree(files: Record<string, string>): Promise<string> {
  const root = await makeTree(files);
  roots.push(root);
  return root;
}

/** The message of the ConfigError that loading the config in `files` throws. */
async function configErrorFor(files: Record<string, string>, configPath?: string): Promise<string> {
  const cwd = await tree(files);
  const error = await loadConfig({ cwd, ...(configPath === undefined ? {} : { configPath }) }).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ConfigError);
  return (error as ConfigError).message;
}

describe('loadConfig: discovery', () => {
  it('returns the defaults with no config file, dir = cwd', async () => {
    const cwd = await tree({ 'docs/a.md': '# A\n' });
    expect(await loadConfig({ cwd })).toEqual({
      config: { templates: {}, documents: [], rules: {}, ruleOptions: {}, ignore: [], detect: false },
      filePath: null,
      dir: cwd,
    });
  });

  it('prefers .guidelintrc.json, .yaml, .yml, .js, .mjs, then package.json, in one folder', async () => {
    const all: Record<string, string> = {
      '.guidelintrc.json': '{"rules": {"title": "off"}}',
      '.guidelintrc.yaml': 'rules: {title: warn}',
      '.guidelintrc.yml': 'rules: {title: error}',
      'guidelint.config.js': 'module.exports = { rules: { "code-block": "off" } };',
      'guidelint.config.mjs': 'export default { rules: { "code-block": "warn" } };',
      'package.json': '{"guidelint": {"rules": {"code-block": "error"}}}',
    };
    const order = Object.keys(all);
    const cwd = await tree(all);
    const { rm } = await import('node:fs/promises');
    for (const name of order) {
      const loaded = await loadConfig({ cwd });
      expect(loaded.filePath).toBe(join(cwd, name));
      await rm(join(cwd, name));
    }
    expect((await loadConfig({ cwd })).filePath).toBeNull();
  });

  it('searches upward from cwd and uses the nearest config; dir is its folder', async () => {
    const root = await tree({
      '.guidelintrc.yaml': 'detect: true\n',
      'a/b/c/doc.md': '# Doc\n',
      'x/.guidelintrc.json': '{"detect": false}',
      'x/y/doc.md': '# Doc\n',
    });
    expect(await loadConfig({ cwd: join(root, 'a/b/c') })).toMatchObject({
      filePath: join(root, '.guidelintrc.yaml'),
      dir: root,
      config: { detect: true },
    });
    expect(await loadConfig({ cwd: join(root, 'x/y') })).toMatchObject({
      filePath: join(root, 'x/.guidelintrc.json'),
      dir: join(root, 'x'),
      config: { detect: false },
    });
  });

  it('skips a package.json without a "guidelint" key and goes on upward', async () => {
    const root = await tree({
      'package.json': JSON.stringify({ name: 'outer', guidelint: { ignore: ['drafts/**'] } }),
      'pkg/package.json': JSON.stringify({ name: 'inner' }),
    });
    const loaded = await loadConfig({ cwd: join(root, 'pkg') });
    expect(loaded.filePath).toBe(join(root, 'package.json'));
    expect(loaded.config.ignore).toEqual(['drafts/**']);
  });

  it('reads the config named by configPath, relative to cwd, without discovery', async () => {
    const root = await tree({
      '.guidelintrc.json': '{"detect": false}',
      'configs/strict.yaml': 'detect: true\n',
    });
    const loaded = await loadConfig({ cwd: root, configPath: 'configs/strict.yaml' });
    expect(loaded).toMatchObject({ filePath: join(root, 'configs/strict.yaml'), dir: join(root, 'configs') });
    expect(loaded.config.detect).toBe(true);
  });

  it('reads a YAML config with no extension given by configPath, and an empty YAML file as defaults', async () => {
    const root = await tree({ 'guidelintrc': 'ignore: [a/**]\n', 'empty.yaml': '' });
    expect((await loadConfig({ cwd: root, configPath: 'guidelintrc' })).config.ignore).toEqual(['a/**']);
    expect((await loadConfig({ cwd: root, configPath: 'empty.yaml' })).config).toEqual({
      templates: {},
      documents: [],
      rules: {},
      ruleOptions: {},
      ignore: [],
      detect: false,
    });
  });

  it('imports the default export of guidelint.config.mjs and of a CommonJS guidelint.config.js', async () => {
    const mjs = await tree({ 'guidelint.config.mjs': 'export default { detect: true, ignore: ["x/**"] };\n' });
    expect((await loadConfig({ cwd: mjs })).config).toMatchObject({ detect: true, ignore: ['x/**'] });
    const cjs = await tree({ 'guidelint.config.js': 'module.exports = { ignore: ["y/**"] };\n' });
    expect((await loadConfig({ cwd: cjs })).config.ignore).toEqual(['y/**']);
  });
});

describe('loadConfig: normalization', () => {
  it('fills defaults, resolves template paths, reads ESLint severities 0/1/2 and wraps a single glob', async () => {
    const root = await tree({
      '.guidelintrc.yaml': [
        'templates:',
        '  adr: docs/templates/adr.md',
        '  rfc:',
        '    path: docs/templates/rfc.md',
        '    rules: { code-block: 0 }',
        '    sections:',
        '      "Unresolved questions": { optional: true }',
        '      "Step {n}": { min: 2 }',
        'documents:',
        '  - files: "docs/rfcs/**/*.md"',
        '    template: rfc',
        '  - files: ["docs/design/*.md", "design/*.md"]',
        '    template: design-doc',
        'rules:',
        '  unknown-section: 1',
        '  code-block: off',
        '  title: 2',
      ].join('\n'),
      'docs/templates/adr.md': '# ADR\n',
      'docs/templates/rfc.md': '# RFC\n',
    });
    const loaded = await loadConfig({ cwd: root });
    expect(loaded.config).toEqual({
      templates: {
        adr: {
          path: join(root, 'docs/templates/adr.md'),
          rules: {},
          ruleOptions: {},
          sections: {},
          fields: {},
          fieldOrder: null,
          origin: '.guidelintrc.yaml: templates.adr',
        },
        rfc: {
          path: join(root, 'docs/templates/rfc.md'),
          rules: { 'code-block': 'off' },
          ruleOptions: {},
          sections: { 'Unresolved questions': { optional: true }, 'Step {n}': { min: 2 } },
          fields: {},
          fieldOrder: null,
          origin: '.guidelintrc.yaml: templates.rfc',
        },
      },
      documents: [
        { files: ['docs/rfcs/**/*.md'], template: 'rfc' },
        { files: ['docs/design/*.md', 'design/*.md'], template: 'design-doc' },
      ],
      rules: { 'unknown-section': 'warn', 'code-block': 'off', title: 'error' },
      ruleOptions: {},
      ignore: [],
      detect: false,
    });
  });

  it('accepts a documents template given as a path to an existing .md file, and "$schema"', async () => {
    const root = await tree({
      '.guidelintrc.json': JSON.stringify({
        $schema: './node_modules/guidelint/schema/guidelintrc.schema.json',
        documents: [{ files: '*.md', template: 'tpl/guide.md' }],
      }),
      'tpl/guide.md': '# Guide\n',
    });
    expect((await loadConfig({ cwd: root })).config.documents).toEqual([{ files: ['*.md'], template: 'tpl/guide.md' }]);
  });

  it('reads the config example of DESIGN §5', async () => {
    const root = await tree({
      '.guidelintrc.yaml': [
        'templates:                 # your own templates, by name',
        '  adr: docs/templates/adr.md',
        '  rfc:                     # or with overrides, the same as template annotations',
        '    path: docs/templates/rfc.md',
        '    rules: { code-block: off }',
        '    sections:',
        '      "Unresolved questions": { optional: true }',
        '      "Step {n}": { min: 2 }',
        'documents:',
        '  - files: "docs/rfcs/**/*.md"',
        '    template: rfc',
        '  - files: "docs/design/*.md"',
        '    template: design-doc   # a built-in',
        'rules:',
        '  unknown-section: warn',
        '  code-block: off',
        'ignore: ["docs/templates/**", "**/node_modules/**"]',
      ].join('\n'),
      'docs/templates/adr.md': '# ADR\n',
      'docs/templates/rfc.md': '# RFC\n',
    });
    const { config } = await loadConfig({ cwd: root });
    expect(Object.keys(config.templates)).toEqual(['adr', 'rfc']);
    expect(config.ignore).toEqual(['docs/templates/**', '**/node_modules/**']);
  });

  it('has a file for every built-in template', async () => {
    const { readFile } = await import('node:fs/promises');
    for (const name of ['implementation-guide', 'phased-guide', 'design-doc', 'implementation-spec', 'task-guide'] as const) {
      expect((await readFile(builtinTemplatePath(name), 'utf8')).length).toBeGreaterThan(100);
    }
  });
});

describe('loadConfig: errors are one line naming the file, the key and what was expected', () => {
  it('bad YAML', async () => {
    expect(await configErrorFor({ '.guidelintrc.yaml': 'rules:\n  title: warn\ndocuments: [a, b\n' })).toBe(
      '.guidelintrc.yaml: bad YAML at line 4, column 1: Flow sequence in block collection must be sufficiently indented and end with a ]',
    );
    expect(await configErrorFor({ '.guidelintrc.yml': 'detect: true\ndetect: false\n' })).toBe(
      '.guidelintrc.yml: bad YAML at line 2, column 1: Map keys must be unique',
    );
  });

  it('bad JSON, with the line and column Node does not give', async () => {
    expect(await configErrorFor({ '.guidelintrc.json': '{\n  "detect": true,\n}\n' })).toBe(
      '.guidelintrc.json: bad JSON at line 3, column 1: expected a property name in double quotes, found "}"',
    );
    expect(await configErrorFor({ '.guidelintrc.json': '{"rules": {"title":}}' })).toBe(
      '.guidelintrc.json: bad JSON at line 1, column 20: expected a value, found "}"',
    );
  });

  it('bad JSON in a package.json on the way up', async () => {
    expect(await configErrorFor({ 'package.json': '{"name": "x",}' })).toBe(
      'package.json: bad JSON at line 1, column 14: expected a property name in double quotes, found "}"',
    );
  });

  it('unknown key, with a suggestion or the known keys', async () => {
    expect(await configErrorFor({ '.guidelintrc.yaml': 'documnets: []\n' })).toBe(
      '.guidelintrc.yaml: documnets: unknown key (did you mean "documents"?)',
    );
    expect(await configErrorFor({ '.guidelintrc.yaml': 'plugins: []\n' })).toBe(
      '.guidelintrc.yaml: plugins: unknown key (known: templates, documents, rules, ignore, detect)',
    );
    expect(
      await configErrorFor({
        '.guidelintrc.yaml': 'templates:\n  rfc: {path: rfc.md, sections: {"Step {n}": {minn: 2}}}\n',
        'rfc.md': '# RFC\n',
      }),
    ).toBe('.guidelintrc.yaml: templates.rfc.sections."Step {n}".minn: unknown key (did you mean "min"?)');
    expect(await configErrorFor({ '.guidelintrc.yaml': 'templates:\n  rfc: {paht: rfc.md}\n' })).toBe(
      '.guidelintrc.yaml: templates.rfc.paht: unknown key (did you mean "path"?)',
    );
  });

  it('unknown template in documents, listing the known names', async () => {
    expect(
      await configErrorFor({
        '.guidelintrc.yaml': [
          'templates: {rfc: rfc.md}',
          'documents:',
          '  - {files: "a/*.md", template: rfc}',
          '  - {files: "b/*.md", template: rfcs}',
        ].join('\n'),
        'rfc.md': '# RFC\n',
      }),
    ).toBe(
      '.guidelintrc.yaml: documents[1].template: unknown template "rfcs" (known: rfc, implementation-guide, phased-guide, design-doc, implementation-spec, task-guide)',
    );
  });

  it('an inherited property name is not a template name', async () => {
    expect(await configErrorFor({ '.guidelintrc.yaml': 'documents:\n  - {files: "*.md", template: constructor}\n' })).toBe(
      '.guidelintrc.yaml: documents[0].template: unknown template "constructor" (known: implementation-guide, phased-guide, design-doc, implementation-spec, task-guide)',
    );
  });

  it('a glob that is not a string', async () => {
    expect(await configErrorFor({ '.guidelintrc.json': '{"documents": [{"files": 42, "template": "design-doc"}]}' })).toBe(
      '.guidelintrc.json: documents[0].files: expected a glob or an array of globs, got 42',
    );
    expect(
      await configErrorFor({ '.guidelintrc.json': '{"documents": [{"files": ["a/*.md", true], "template": "design-doc"}]}' }),
    ).toBe('.guidelintrc.json: documents[0].files[1]: expected a glob, got true');
  });

  it('a missing documents key', async () => {
    expect(await configErrorFor({ '.guidelintrc.yaml': 'documents:\n  - files: "*.md"\n' })).toBe(
      '.guidelintrc.yaml: documents[0].template: missing (expected a template name or a path to a .md file)',
    );
  });

  it('template file missing, relative to the config file', async () => {
    const root = await tree({
      'conf/.guidelintrc.yaml': 'templates:\n  adr: templates/adr.md\n',
      'templates/adr.md': '# ADR\n',
    });
    const error = await loadConfig({ cwd: join(root, 'conf') }).catch((thrown: unknown) => thrown);
    expect((error as ConfigError).message).toBe('.guidelintrc.yaml: templates.adr: template file not found: templates/adr.md');
    expect(
      await configErrorFor({ '.guidelintrc.yaml': 'templates:\n  rfc: {path: docs/rfc.md, rules: {title: off}}\n' }),
    ).toBe('.guidelintrc.yaml: templates.rfc.path: template file not found: docs/rfc.md');
    expect(await configErrorFor({ '.guidelintrc.yaml': 'documents:\n  - {files: "*.md", template: tpl/x.md}\n' })).toBe(
      '.guidelintrc.yaml: documents[0].template: template file not found: tpl/x.md',
    );
  });

  it('names the config file relative to cwd when found upward inside it, absolute otherwise', async () => {
    const root = await tree({ '.guidelintrc.yaml': 'detect: yes please\n', 'sub/a.md': '' });
    const error = await loadConfig({ cwd: join(root, 'sub') }).catch((thrown: unknown) => thrown);
    expect((error as ConfigError).message).toBe(
      `${join(root, '.guidelintrc.yaml')}: detect: expected true or false, got "yes please"`,
    );
  });

  it('unknown rule, at the top and in a template', async () => {
    expect(await configErrorFor({ '.guidelintrc.json': '{"rules": {"code-blok": "off"}}' })).toBe(
      '.guidelintrc.json: rules.code-blok: unknown rule (did you mean "code-block"?)',
    );
    expect(
      await configErrorFor({
        '.guidelintrc.yaml': 'templates:\n  rfc:\n    path: rfc.md\n    rules: {no-todo: error}\n',
        'rfc.md': '# RFC\n',
      }),
    ).toBe(
      '.guidelintrc.yaml: templates.rfc.rules.no-todo: unknown rule (known: title, required-section, section-order, heading-level, section-series, duplicate-section, empty-section, required-field, field-value, placeholder, checklist, table-columns, required-label, code-block, unknown-section, unknown-field, field-order)',
    );
  });

  it('bad severity', async () => {
    expect(await configErrorFor({ '.guidelintrc.yaml': 'rules:\n  code-block: warning\n' })).toBe(
      '.guidelintrc.yaml: rules.code-block: expected "off", "warn" or "error" (or 0, 1, 2), got "warning"',
    );
    expect(await configErrorFor({ '.guidelintrc.yaml': 'rules:\n  title: 3\n' })).toBe(
      '.guidelintrc.yaml: rules.title: expected "off", "warn" or "error" (or 0, 1, 2), got 3',
    );
  });

  it('wrong types elsewhere', async () => {
    expect(await configErrorFor({ '.guidelintrc.yaml': '- a\n- b\n' })).toBe('.guidelintrc.yaml: expected an object, got an array');
    expect(await configErrorFor({ '.guidelintrc.yaml': 'ignore: docs/**\n' })).toBe(
      '.guidelintrc.yaml: ignore: expected an array of globs, got "docs/**"',
    );
    expect(await configErrorFor({ '.guidelintrc.yaml': 'templates:\n  rfc: 3\n' })).toBe(
      '.guidelintrc.yaml: templates.rfc: expected a path to a template file or an object with "path", got 3',
    );
    expect(
      await configErrorFor({
        '.guidelintrc.yaml': 'templates:\n  rfc: {path: rfc.md, sections: {Steps: {max: 0}}}\n',
        'rfc.md': '',
      }),
    ).toBe('.guidelintrc.yaml: templates.rfc.sections.Steps.max: expected an integer of at least 1 or null, got 0');
  });

  it('a template name that is a path', async () => {
    expect(await configErrorFor({ '.guidelintrc.yaml': 'templates:\n  docs/rfc.md: docs/rfc.md\n', 'docs/rfc.md': '' })).toBe(
      '.guidelintrc.yaml: templates."docs/rfc.md": expected a template name; the path goes in the value (templates.<name>: "docs/rfc.md")',
    );
  });

  it('contradicting section overrides', async () => {
    expect(
      await configErrorFor({
        '.guidelintrc.yaml': 'templates:\n  rfc: {path: rfc.md, sections: {"Step {n}": {min: 3, max: 2}}}\n',
        'rfc.md': '',
      }),
    ).toBe('.guidelintrc.yaml: templates.rfc.sections."Step {n}": min 3 is more than max 2');
    expect(
      await configErrorFor({
        '.guidelintrc.yaml': 'templates:\n  rfc: {path: rfc.md, sections: {Notes: {min: 0, optional: false}}}\n',
        'rfc.md': '',
      }),
    ).toBe('.guidelintrc.yaml: templates.rfc.sections.Notes: min 0 makes the section optional, but optional is false');
  });

  it('problems inside package.json name the "guidelint" key', async () => {
    expect(await configErrorFor({ 'package.json': JSON.stringify({ guidelint: { detect: 'on' } }) })).toBe(
      'package.json: guidelint.detect: expected true or false, got "on"',
    );
    expect(await configErrorFor({ 'package.json': '{"name": "x"}' }, 'package.json')).toBe('package.json: no "guidelint" key');
  });

  it('JS configs that cannot load or have no default export', async () => {
    expect(await configErrorFor({ 'guidelint.config.mjs': 'export const config = {};\n' })).toBe(
      'guidelint.config.mjs: no default export (expected `export default { … }`)',
    );
    const message = await configErrorFor({ 'guidelint.config.mjs': 'export default {\n' });
    expect(message.startsWith('guidelint.config.mjs: cannot load: ')).toBe(true);
    expect(message).not.toContain('\n');
  });

  it('a configPath that does not exist', async () => {
    expect(await configErrorFor({}, 'missing.yaml')).toBe('missing.yaml: no such file');
  });
});
