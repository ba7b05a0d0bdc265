/**
 * Pins the compiled schema of every template in `../shared/corpora` (each corpus template, MADR's
 * variants and every `repro/`) by its SHA-256, kept in `corpus-schemas.sha256.json`, so that a
 * compiler change shows which real templates it changes. Hashes, not the schemas: the corpora's
 * texts stay out of the project. After a change made on purpose, `GUIDELINT_UPDATE_HASHES=1`
 * rewrites the file. Reads `../shared/corpora`: skipped when it is absent, run in CI where it is.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from '@jest/globals';
import { compileTemplate } from '../../src/template/compile.js';
import { describeIfCorpora } from './template-files.js';

const corpora = fileURLToPath(new URL('../../../shared/corpora/', import.meta.url));
const hashesFile = new URL('corpus-schemas.sha256.json', import.meta.url);

function corpusTemplates(): string[] {
  const found: string[] = [];
  const visit = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory() && entry.name !== 'docs') visit(path);
      else if (entry.isFile() && /template.*\.md$/u.test(entry.name)) found.push(path);
    }
  };
  visit(corpora);
  return found.map((path) => relative(corpora, path)).sort();
}

describeIfCorpora('compiled schemas of the corpus templates', () => {
  it('hash to the pinned values', () => {
    const hashes = Object.fromEntries(
      corpusTemplates().map((path) => {
        const schema = compileTemplate(readFileSync(join(corpora, path), 'utf8'), { name: basename(path, '.md') });
        return [path, createHash('sha256').update(JSON.stringify(schema)).digest('hex')];
      }),
    );
    if (process.env['GUIDELINT_UPDATE_HASHES'] === '1') writeFileSync(hashesFile, `${JSON.stringify(hashes, null, 2)}\n`);
    expect(hashes).toEqual(JSON.parse(readFileSync(hashesFile, 'utf8')));
  });
});
