import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { UserError } from '../../src/engine/errors.js';
import { expandInputs } from '../../src/engine/inputs.js';

let root: string;
const at = (...parts: string[]): string => join(root, ...parts);

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'guidelint-inputs-'));
  for (const file of [
    'docs/b.md',
    'docs/a.markdown',
    'docs/notes.txt',
    'docs/sub/c.md',
    'docs/node_modules/dep/readme.md',
    'docs/.git/info.md',
    'docs/.github/pull.md',
    'README.md',
  ]) {
    mkdirSync(dirname(at(file)), { recursive: true });
    writeFileSync(at(file), '# x\n');
  }
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('expandInputs', () => {
  it('expands a directory to its Markdown files, never entering node_modules or .git', async () => {
    expect(await expandInputs(['docs'], root)).toEqual([
      at('docs/.github/pull.md'),
      at('docs/a.markdown'),
      at('docs/b.md'),
      at('docs/sub/c.md'),
    ]);
  });

  it('takes a named file whatever its extension, and globs relative to cwd; sorted, without duplicates', async () => {
    expect(await expandInputs(['docs/notes.txt', 'docs/*.md', 'README.md', 'docs/b.md'], root)).toEqual([
      at('README.md'),
      at('docs/b.md'),
      at('docs/notes.txt'),
    ]);
  });

  it('says which pattern matched no file', async () => {
    await expect(expandInputs(['docs', 'docs/x*.md'], root)).rejects.toEqual(new UserError('no files match "docs/x*.md"'));
    await expect(expandInputs(['missing.md'], root)).rejects.toEqual(new UserError('no files match "missing.md"'));
    await expect(expandInputs(['docs/node_modules/**/*.md'], root)).rejects.toThrow(UserError);
  });
});
