import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emptyConfig } from '../../src/config/load.js';
import { builtinTemplatePath } from '../../src/config/templates.js';
import { UserError } from '../../src/engine/errors.js';
import { lintFiles } from '../../src/engine/lint-files.js';
import { createTemplateLoader } from '../../src/engine/template-loader.js';

let root: string;
const at = (name: string): string => join(root, name);

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'guidelint-engine-'));
  writeFileSync(at('tpl.md'), '# [Name] Notes\n\n## Summary\n\n[Say what it is]\n');
  writeFileSync(at('latin1.md'), Buffer.from([0x23, 0x20, 0xe9, 0x0a]));
  writeFileSync(at('doc.md'), '# Alpha Notes\n\n## Summary\n\nIt sorts.\n');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('createTemplateLoader', () => {
  it('compiles each template once', async () => {
    const load = createTemplateLoader(root);
    const template = { name: 'tpl', path: at('tpl.md') };
    const first = load(template);
    expect(load({ ...template })).toBe(first);
    expect((await first).template).toBe('tpl');
    expect((await load({ name: 'design-doc', path: builtinTemplatePath('design-doc') })).template).toBe('design-doc');
  });

  it('says why a template cannot be used, naming it by its path', async () => {
    const load = createTemplateLoader(root);
    await expect(load({ name: 'gone', path: at('gone.md') })).rejects.toEqual(
      new UserError('cannot read template "gone.md": no such file or directory'),
    );
    await expect(load({ name: 'latin1', path: at('latin1.md') })).rejects.toEqual(
      new UserError('cannot read template "latin1.md": file is not valid UTF-8 (byte 0xe9 at offset 2)'),
    );
  });
});

describe('lintFiles', () => {
  it('gives a file that cannot be read one fatal message and checks the rest', async () => {
    const forced = { name: 'tpl', path: at('tpl.md'), rules: {}, ruleOptions: {}, sections: {}, fields: {}, fieldOrder: null, origin: null };
    const planned = { explicit: true, forced, selection: { config: emptyConfig(root), detection: [] } };
    const run = await lintFiles(
      {
        files: [
          { filePath: at('vanished.md'), ...planned },
          { filePath: at('doc.md'), ...planned },
        ],
        skipped: [],
        warnings: [],
        noInputs: false,
      },
      { parser: 'markdown-it', cwd: root },
    );
    expect(run.results.map((result) => [result.filePath, result.template, result.messages])).toEqual([
      [
        at('vanished.md'),
        'tpl',
        [
          {
            ruleId: null,
            severity: 2,
            fatal: true,
            message: 'Cannot read file: no such file or directory',
            line: 1,
            column: 1,
            endLine: 1,
            endColumn: 1,
          },
        ],
      ],
      [at('doc.md'), 'tpl', []],
    ]);
    expect(run.outcomes).toEqual([
      { kind: 'checked', filePath: at('doc.md'), template: 'tpl', via: 'option', reason: 'from --template' },
      { kind: 'fatal', filePath: at('vanished.md'), message: 'Cannot read file: no such file or directory' },
    ]);
  });
});
