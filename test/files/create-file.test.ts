import { afterEach, describe, expect, it } from '@jest/globals';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createFile, FileExistsError } from '../../src/files/create-file.js';
import { makeTree, removeTree } from './tree.js';

const roots: string[] = [];
afterEach(async () => {
  await Promise.all(roots.splice(0).map(removeTree));
});

describe('createFile', () => {
  it('writes a new file, creating its folders, and leaves no temporary file', async () => {
    const root = await makeTree({});
    roots.push(root);
    await createFile(join(root, 'docs/design/new.md'), '# New\n');
    expect(await readFile(join(root, 'docs/design/new.md'), 'utf8')).toBe('# New\n');
    expect(await readdir(join(root, 'docs/design'))).toEqual(['new.md']);
  });

  it('never overwrites a file, and leaves it as it was', async () => {
    const root = await makeTree({ 'a.md': 'mine\n' });
    roots.push(root);
    await expect(createFile(join(root, 'a.md'), 'theirs\n')).rejects.toEqual(new FileExistsError(join(root, 'a.md')));
    expect(await readFile(join(root, 'a.md'), 'utf8')).toBe('mine\n');
    expect(await readdir(root)).toEqual(['a.md']);
  });
});
