import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { emptyConfig, loadConfig } from '../../src/config/load.js';
import type { SelectedTemplate } from '../../src/config/select.js';
import { builtinTemplatePath } from '../../src/config/templates.js';
import type { LoadedConfig } from '../../src/config/types.js';
import { UserError } from '../../src/engine/errors.js';
import { chooseTemplate, planRun, type PlannedFile, type PlanRequest } from '../../src/engine/plan.js';
import { createTemplateLoader } from '../../src/engine/template-loader.js';
import { buildOutline } from '../../src/outline/index.js';
import { makeTree, removeTree } from '../files/tree.js';

const DESIGN_HEADINGS = [
  '# Cache',
  '## Overview',
  '## Problem Statement',
  '## Goals and Non-Goals',
  '## Architecture',
  '## Detailed Design',
  '## Alternatives Considered',
  '## Trade-offs and Limitations',
  '## Security Considerations',
  '',
].join('\n\n');

let root: string;
let config: LoadedConfig;
const at = (...parts: string[]): string => join(root, ...parts);

beforeAll(async () => {
  root = await makeTree({
    '.guidelintrc.yaml': [
      'templates:',
      '  adr:',
      '    path: templates/adr.md',
      '    rules: { code-block: off }',
      'documents:',
      '  - { files: "docs/adr/", template: adr }',
      '  - { files: "docs/design/**", template: design-doc }',
      'rules: { unknown-section: warn }',
      'ignore: ["docs/drafts/**"]',
    ].join('\n'),
    'templates/adr.md': '# ADR-NNNN: [Title]\n\n## Context\n\n[Why]\n',
    'docs/adr/0001-x.md': '# ADR-0001: X\n',
    'docs/adr/notes.txt': 'not Markdown\n',
    'docs/design/cache.md': DESIGN_HEADINGS,
    'docs/design/diagram.svg': '<svg/>',
    'docs/drafts/idea.md': '# Idea\n',
    'docs/free.md': '# Free\n',
    'README.md': '# Readme\n',
  });
  config = await loadConfig({ cwd: root });
});

afterAll(() => removeTree(root));

const plan = (request: Partial<PlanRequest>, cwd = root) =>
  planRun({ cwd, inputs: [], config, loadTemplate: createTemplateLoader(cwd), ...request });

const adr = (): SelectedTemplate => ({
  name: 'adr',
  path: at('templates/adr.md'),
  rules: { 'unknown-section': 'warn', 'code-block': 'off' },
  ruleOptions: {},
  sections: {},
  fields: {},
  fieldOrder: null,
  origin: '.guidelintrc.yaml: templates.adr',
});

describe('planRun: which files', () => {
  it('takes the config documents globs when given no input: Markdown files only, ignores applied', async () => {
    const result = await plan({});
    expect(result.files.map((file) => [file.filePath, file.explicit])).toEqual([
      [at('docs/adr/0001-x.md'), false],
      [at('docs/design/cache.md'), false],
    ]);
    expect(result.skipped).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it('takes only the documents under the working folder when run from below the config', async () => {
    const result = await plan({}, at('docs/design'));
    expect(result.files.map((file) => file.filePath)).toEqual([at('docs/design/cache.md')]);
  });

  it('checks the current folder without documents globs, and leaves out the configured templates it reaches', async () => {
    const result = await plan({ config: emptyConfig(root) }, root);
    expect(result.files.map((file) => file.filePath)).toEqual([
      at('README.md'),
      at('docs/adr/0001-x.md'),
      at('docs/design/cache.md'),
      at('docs/drafts/idea.md'),
      at('docs/free.md'),
      at('templates/adr.md'),
    ]);
    const configured = await plan({ inputs: ['.'] });
    expect(configured.skipped).toEqual([{ filePath: at('templates/adr.md'), reason: 'it is the template "adr"' }]);
    expect(configured.files.map((file) => file.filePath)).not.toContain(at('docs/drafts/idea.md'));
  });

  it('checks a template named on the command line, and says why an ignored named file is left out', async () => {
    const result = await plan({ inputs: ['templates/adr.md', 'docs/drafts/idea.md'], template: 'adr' });
    expect(result.files).toEqual([
      { filePath: at('templates/adr.md'), explicit: true, forced: adr(), selection: { config, detection: [] } },
    ]);
    expect(result.warnings).toEqual([
      'docs/drafts/idea.md: file ignored because of a matching ignore pattern ("docs/drafts/**" in the config\'s ignore)',
    ]);
  });

  it('leaves out the --template file when a folder reaches it', async () => {
    const result = await plan({ inputs: ['templates'], template: 'templates/adr.md' });
    expect(result).toMatchObject({ files: [], skipped: [{ filePath: at('templates/adr.md'), reason: 'it is the template "adr"' }] });
  });

  it('rejects an unknown --template and a pattern that matches nothing', async () => {
    await expect(plan({ inputs: ['.'], template: 'rfc' })).rejects.toEqual(
      new UserError('unknown template "rfc" (known: adr, implementation-guide, phased-guide, design-doc, implementation-spec, task-guide)'),
    );
    await expect(plan({ inputs: ['.'], template: 'gone.md' })).rejects.toEqual(new UserError('template "gone.md" not found: no such file'));
    await expect(plan({ inputs: ['docs/*.txt'] })).rejects.toEqual(new UserError('no files match "docs/*.txt"'));
  });
});

describe('planRun: patterns that leave files out', () => {
  const files = async (request: Partial<PlanRequest>, cwd = root): Promise<string[]> =>
    (await plan(request, cwd)).files.map((file) => file.filePath.slice(root.length + 1));

  it('leaves out what a `!` or `#` pattern matches; with only those, the config documents are checked', async () => {
    expect(await files({ inputs: ['docs', '!docs/design/**', '#**/0001-*.md'] })).toEqual(['docs/free.md']);
    expect(await files({ inputs: ['!docs/adr/'] })).toEqual(['docs/design/cache.md']);
    expect((await plan({ inputs: ['#docs/adr'] })).noInputs).toBe(true);
    expect(await files({ inputs: ['!docs/design'], config: emptyConfig(root) })).toEqual([
      'README.md',
      'docs/adr/0001-x.md',
      'docs/drafts/idea.md',
      'docs/free.md',
      'templates/adr.md',
    ]);
  });

  it('leaves out what --ignore-pattern matches; --no-ignore drops it and the config and ignore files, not `!`', async () => {
    expect(await files({ inputs: ['docs'], ignorePatterns: ['**/cache.md'] })).toEqual(['docs/adr/0001-x.md', 'docs/free.md']);
    expect(await files({ inputs: ['docs'], ignorePatterns: ['**/cache.md'], noIgnore: true })).toEqual([
      'docs/adr/0001-x.md',
      'docs/design/cache.md',
      'docs/drafts/idea.md',
      'docs/free.md',
    ]);
    expect(await files({ inputs: ['docs', '!docs/adr/**'], noIgnore: true })).toEqual(['docs/design/cache.md', 'docs/drafts/idea.md', 'docs/free.md']);
  });

  it('warns about a documents glob that matches no file, naming the entry; an unmatched input is a warning only when asked', async () => {
    const withEmptyEntry: LoadedConfig = {
      ...config,
      config: {
        ...config.config,
        documents: [
          ...config.config.documents,
          { files: ['docs/rfcs/**/*.md', 'docs/drafts/'], template: 'design-doc' },
        ],
      },
    };
    expect((await plan({ config: withEmptyEntry })).warnings).toEqual([
      '.guidelintrc.yaml: documents[2].files[0]: no files match "docs/rfcs/**/*.md"',
      '.guidelintrc.yaml: documents[2].files[1]: all files matching "docs/drafts/" are ignored',
    ]);
    expect((await plan({ config: withEmptyEntry }, at('docs'))).warnings[0]).toBe(
      `${at('.guidelintrc.yaml')}: documents[2].files[0]: no files match "docs/rfcs/**/*.md"`,
    );
    const unmatched = await plan({ inputs: ['docs/*.txt', 'docs/free.md'], errorOnUnmatchedPattern: false });
    expect([unmatched.warnings, unmatched.files.length]).toEqual([['no files match "docs/*.txt"'], 1]);
  });
});

describe('chooseTemplate', () => {
  const planned = (filePath: string, overrides: Partial<PlannedFile> = {}): PlannedFile => ({
    filePath,
    explicit: false,
    forced: null,
    selection: { config, detection: [] },
    ...overrides,
  });
  const outline = (text: string) => buildOutline(text);

  it('puts --template first, then the frontmatter, then the documents entry', () => {
    const file = at('docs/adr/0001-x.md');
    expect(chooseTemplate(planned(file, { forced: adr() }), outline('---\ntemplate: task-guide\n---\n'))).toEqual({
      kind: 'template',
      template: adr(),
      via: 'option',
      reason: 'from --template',
    });
    expect(chooseTemplate(planned(file), outline('---\ntemplate: task-guide\n---\n'))).toMatchObject({
      kind: 'template',
      template: { name: 'task-guide', path: builtinTemplatePath('task-guide'), rules: { 'unknown-section': 'warn' } },
      via: 'frontmatter',
      reason: 'from frontmatter "template: task-guide"',
    });
    expect(chooseTemplate(planned(file), outline('# ADR-0001: X\n'))).toEqual({
      kind: 'template',
      template: adr(),
      via: 'documents',
      reason: 'from documents[0] "docs/adr/"',
    });
  });

  it('skips a document no entry matches, and one that is its own template unless named', () => {
    expect(chooseTemplate(planned(at('docs/free.md')), outline('# Free\n'))).toEqual({
      kind: 'skip',
      reason: 'no "template:" in its frontmatter and no documents entry matches',
    });
    const own = outline('---\ntemplate: ./free.md\n---\n# Free\n');
    expect(chooseTemplate(planned(at('docs/free.md')), own)).toEqual({ kind: 'skip', reason: 'it is its own template' });
    expect(chooseTemplate(planned(at('docs/free.md'), { explicit: true }), own)).toMatchObject({ kind: 'template', via: 'frontmatter' });
  });

  it('turns a frontmatter template that cannot be used into a message for that document', () => {
    expect(chooseTemplate(planned(at('docs/free.md')), outline('---\ntemplate: 42\n---\n'))).toEqual({
      kind: 'invalid',
      message: 'Frontmatter "template:" must be a template name or path',
    });
    expect(chooseTemplate(planned(at('docs/free.md')), outline('---\ntemplate: rfc\n---\n'))).toEqual({
      kind: 'invalid',
      message:
        'Frontmatter "template:" names an unknown template "rfc" (known: adr, implementation-guide, phased-guide, design-doc, implementation-spec, task-guide)',
    });
  });

  it('detects the template by heading overlap with detect: true, and says why', async () => {
    const detecting: LoadedConfig = { ...config, config: { ...config.config, detect: true } };
    const result = await plan({ inputs: ['docs/free.md', 'README.md'], config: detecting });
    expect(result.files[0]?.selection.detection.map((candidate) => candidate.name)).toEqual([
      'adr',
      'implementation-guide',
      'phased-guide',
      'design-doc',
      'implementation-spec',
      'task-guide',
    ]);
    const selection = result.files[0]!.selection;
    const designDoc = readFileSync(new URL('../../fixtures/design-doc/valid/rate-limiter.md', import.meta.url), 'utf8');
    expect(chooseTemplate(planned(at('docs/free.md'), { selection }), outline(designDoc))).toMatchObject({
      kind: 'template',
      template: { name: 'design-doc' },
      via: 'detect',
      reason: 'detected by its headings (26 of 26 match)',
    });
    expect(chooseTemplate(planned(at('docs/free.md'), { selection }), outline('# Free\n\n## Shopping list\n'))).toEqual({
      kind: 'skip',
      reason:
        'no "template:" in its frontmatter and no documents entry matches; no template detected (best: adr, 0 of 1 headings match)',
    });
  });
});
