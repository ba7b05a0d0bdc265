import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { BUILTIN_TEMPLATES, builtinTemplatePath } from '../../src/config/templates.js';
import { createCachedTemplateLoader } from '../../src/engine/cached-template-loader.js';
import type { PrecompiledTemplate } from '../../src/engine/precompiled-templates.js';
import { compileTemplate } from '../../src/template/compile.js';
import { builtCli } from '../built-cli.js';

/** The built package's root. */
const build = dirname(dirname(builtCli()));
const shipped = join(build, 'dist', 'cli', 'templates');

const compiled = (name: (typeof BUILTIN_TEMPLATES)[number]): unknown =>
  compileTemplate(readFileSync(builtinTemplatePath(name), 'utf8'), { name });

const read = (folder: string, name: string): PrecompiledTemplate =>
  JSON.parse(readFileSync(join(folder, `${name}.json`), 'utf8')) as PrecompiledTemplate;

describe('the built-in templates shipped precompiled', () => {
  it.each(BUILTIN_TEMPLATES)('ships %s as compileTemplate compiles it, with its template', (name) => {
    const stored = read(shipped, name);
    expect(stored.schema).toEqual(compiled(name));
    expect(stored.template).toBe(readFileSync(builtinTemplatePath(name), 'latin1'));
  });

  describe('the CLI loader', () => {
    let folder: string;
    const name = 'design-doc';
    const template = { name, path: builtinTemplatePath(name) };

    beforeAll(() => {
      // A shipped schema told from a compiled one by its name.
      folder = mkdtempSync(join(tmpdir(), 'guidelint-precompiled-marked-'));
      const stored = read(shipped, name);
      writeFileSync(join(folder, `${name}.json`), JSON.stringify({ ...stored, schema: { ...stored.schema, template: 'shipped' } }));
    });
    afterAll(() => rmSync(folder, { recursive: true, force: true }));

    it('reads a built-in from the shipped file instead of compiling it', async () => {
      expect((await createCachedTemplateLoader(build, undefined, folder)(template)).template).toBe('shipped');
    });

    it('compiles a built-in the config gives overrides', async () => {
      const overridden = { ...template, sections: { 'Design Principles': { optional: true } } };
      expect((await createCachedTemplateLoader(build, undefined, folder)(overridden)).template).toBe(name);
    });

    it('compiles a template changed since the build', async () => {
      const stale = mkdtempSync(join(tmpdir(), 'guidelint-precompiled-stale-'));
      try {
        writeFileSync(join(stale, `${name}.json`), JSON.stringify({ ...read(folder, name), template: '# An older template\n' }));
        expect((await createCachedTemplateLoader(build, undefined, stale)(template)).template).toBe(name);
      } finally {
        rmSync(stale, { recursive: true, force: true });
      }
    });

    it('compiles when nothing was shipped (running from the sources)', async () => {
      expect((await createCachedTemplateLoader(build)(template)).template).toBe(name);
    });
  });
});
