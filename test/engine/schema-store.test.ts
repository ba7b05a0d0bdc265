/**
 * The schemas the CLI keeps between runs (src/engine/schema-store.ts) and the CLI loader reading
 * them (src/engine/cached-template-loader.ts): a schema is used only for the template's exact bytes
 * and the same overrides; a changed template is compiled and its new schema kept.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCachedTemplateLoader } from '../../src/engine/cached-template-loader.js';
import { SchemaStore, type StartupFiles } from '../../src/engine/schema-store.js';
import type { GuideSchema } from '../../src/template/schema.js';

/** Start-up files in memory. */
function memoryFiles(): StartupFiles & { files: Map<string, string> } {
  const files = new Map<string, string>();
  return {
    files,
    read: (name) => (files.has(name) ? Buffer.from(files.get(name)!, 'utf8') : undefined),
    write: (name, data) => void files.set(name, Buffer.from(data).toString('utf8')),
  };
}

const TEMPLATE = '# [Project] Notes\n\n## Summary\n\n[Describe the project]\n';

let folder: string;
let path: string;
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'guidelint-schema-store-'));
  path = join(folder, 'notes.md');
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The stored schema told from a compiled one by its name. */
const marked = (schema: GuideSchema): GuideSchema => ({ ...schema, template: 'stored' });

describe('SchemaStore', () => {
  const template = { name: 'notes', path: '/repo/notes.md' };
  const bytes = Buffer.from('# Notes\n\u00e9\n');
  const schema = { template: 'notes' } as GuideSchema;

  it('gives back a schema for the same template bytes, name, path and overrides only', () => {
    const store = new SchemaStore(memoryFiles());
    store.remember(template, bytes, schema);
    expect(store.stored(template, bytes)).toEqual(schema);
    expect(store.stored(template, Buffer.from('# Notes\ne\n'))).toBeUndefined();
    expect(store.stored({ ...template, sections: { Summary: { optional: true } } }, bytes)).toBeUndefined();
    expect(store.stored({ ...template, name: 'other' }, bytes)).toBeUndefined();
  });

  it('takes a damaged or foreign file for no schema', () => {
    const files = memoryFiles();
    const store = new SchemaStore(files);
    store.remember(template, bytes, schema);
    const [name] = [...files.files.keys()];
    files.files.set(name!, '{"key": ');
    expect(store.stored(template, bytes)).toBeUndefined();
    files.files.set(name!, '[]');
    expect(store.stored(template, bytes)).toBeUndefined();
  });
});

describe('the CLI loader with a schema store', () => {
  it('compiles a template once, keeps its schema, and reads it in the next run', async () => {
    writeFileSync(path, TEMPLATE);
    const files = memoryFiles();
    const template = { name: 'notes', path };
    const compiled = await createCachedTemplateLoader(folder, undefined, undefined, new SchemaStore(files))(template);
    expect(compiled.template).toBe('notes');
    const store = new SchemaStore(files);
    store.remember(template, Buffer.from(TEMPLATE), marked(compiled));
    expect((await createCachedTemplateLoader(folder, undefined, undefined, store)(template)).template).toBe('stored');
  });

  it('compiles a template changed since its schema was kept, and keeps the new one', async () => {
    writeFileSync(path, TEMPLATE);
    const files = memoryFiles();
    const store = new SchemaStore(files);
    const template = { name: 'notes', path };
    store.remember(template, Buffer.from(TEMPLATE), marked(await createCachedTemplateLoader(folder)(template)));
    const changed = `${TEMPLATE}\n## Risks\n\n[What could go wrong]\n`;
    writeFileSync(path, changed);
    const schema = await createCachedTemplateLoader(folder, undefined, undefined, store)(template);
    expect(schema.template).toBe('notes');
    expect(store.stored(template, Buffer.from(changed))).toEqual(schema);
  });
});
