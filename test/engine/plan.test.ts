import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtinTemplatePath } from '../../src/config/builtins.js';
import { UserError } from '../../src/engine/errors.js';
import { chooseTemplate, planRun, type PlannedFile } from '../../src/engine/plan.js';

let root: string;
const at = (...parts: string[]): string => join(root, ...parts);

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'guidelint-plan-'));
  mkdirSync(at('docs'));
  for (const file of ['docs/a.md', 'docs/b.md', 'docs/adr.md', 'design-doc']) writeFileSync(at(file), '# x\n');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('planRun', () => {
  it('gives every file the --template and leaves the template itself out', async () => {
    const plan = await planRun({ cwd: root, inputs: ['docs'], template: 'docs/adr.md' });
    const adr = { name: 'adr', path: at('docs/adr.md') };
    expect(plan).toEqual({
      files: [
        { filePath: at('docs/a.md'), forced: adr },
        { filePath: at('docs/b.md'), forced: adr },
      ],
      skipped: [{ filePath: at('docs/adr.md'), reason: 'it is the template "adr"' }],
    });
  });

  it('reads a name that is also an existing path as the path, else a built-in name', async () => {
    const byPath = await planRun({ cwd: root, inputs: ['docs/a.md'], template: 'design-doc' });
    expect(byPath.files[0]?.forced).toEqual({ name: 'design-doc', path: at('design-doc') });
    const builtin = await planRun({ cwd: at('docs'), inputs: ['a.md'], template: 'design-doc' });
    expect(builtin.files[0]?.forced).toEqual({ name: 'design-doc', path: builtinTemplatePath('design-doc') });
  });

  it('checks the current directory when given no input, and rejects an unknown template', async () => {
    const plan = await planRun({ cwd: at('docs'), inputs: [] });
    expect(plan.files.map((file) => file.filePath)).toEqual([at('docs/a.md'), at('docs/adr.md'), at('docs/b.md')]);
    await expect(planRun({ cwd: root, inputs: ['docs'], template: 'nope' })).rejects.toEqual(
      new UserError(
        'template "nope" is neither a file nor a built-in template (implementation-guide, phased-guide, design-doc, implementation-spec, task-guide)',
      ),
    );
  });
});

describe('chooseTemplate', () => {
  const free: PlannedFile = { filePath: '/nowhere/docs/a.md', forced: null };

  it('prefers --template to the frontmatter', () => {
    const forced = { name: 'adr', path: '/t/adr.md' };
    expect(chooseTemplate({ ...free, forced }, 'design-doc')).toEqual({ kind: 'template', template: forced, via: 'option' });
  });

  it("uses the frontmatter's template, resolved from the document's folder", () => {
    expect(chooseTemplate(free, 'task-guide')).toEqual({
      kind: 'template',
      template: { name: 'task-guide', path: builtinTemplatePath('task-guide') },
      via: 'frontmatter',
    });
    expect(chooseTemplate({ filePath: at('docs/a.md'), forced: null }, 'adr.md')).toEqual({
      kind: 'template',
      template: { name: 'adr', path: at('docs/adr.md') },
      via: 'frontmatter',
    });
  });

  it('skips a document without one, or that is its own template', () => {
    expect(chooseTemplate(free, undefined)).toEqual({
      kind: 'skip',
      reason: 'no --template and no "template:" in its frontmatter',
    });
    expect(chooseTemplate({ filePath: at('docs/a.md'), forced: null }, './a.md')).toEqual({
      kind: 'skip',
      reason: 'it is its own template',
    });
  });

  it('turns a frontmatter template that cannot be used into a message for that document', () => {
    expect(chooseTemplate(free, 42)).toEqual({
      kind: 'invalid',
      message: 'Frontmatter "template" must be a template name or path',
    });
    expect(chooseTemplate(free, 'rfc')).toEqual({
      kind: 'invalid',
      message:
        'Frontmatter template "rfc" is neither a file nor a built-in template (implementation-guide, phased-guide, design-doc, implementation-spec, task-guide)',
    });
  });
});
