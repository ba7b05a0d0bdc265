/**
 * The CLI's template loader: the compiler (and remark with it, ~100 ms to load) is imported only
 * when a template must be compiled, and with a cache (`--cache`, or the schemas the CLI keeps
 * beside its code cache), a template whose file is unchanged since the schema was stored is not
 * compiled at all.
 */
import { readFileSync } from 'node:fs';
import type { GuideSchema } from '../template/schema.js';
import type { LintCache } from './cache.js';
import { contentHash } from './content-hash.js';
import { PRECOMPILED_FOLDER, readPrecompiled } from './precompiled-templates.js';
import type { SchemaStore } from './schema-store.js';
import { templateKey, type LoadableTemplate, type TemplateLoader } from './template-loader.js';

/**
 * A loader that compiles each template once (a built-in shipped precompiled in `precompiledFolder`
 * is read, not compiled, and so is a template `store` kept); `cwd` is what error messages show
 * template paths relative to.
 */
export function createCachedTemplateLoader(
  cwd: string,
  cache?: LintCache,
  precompiledFolder = PRECOMPILED_FOLDER,
  store?: SchemaStore,
): TemplateLoader {
  let compiler: Promise<TemplateLoader> | undefined;
  const compileNow = async (template: LoadableTemplate): Promise<GuideSchema> => {
    compiler ??= import('./template-loader.js').then(({ createTemplateLoader }) => createTemplateLoader(cwd));
    return (await compiler)(template);
  };
  const compile = async (template: LoadableTemplate): Promise<GuideSchema> => {
    const shipped = readPrecompiled(template, precompiledFolder);
    if (shipped !== undefined) return shipped;
    return store === undefined ? compileNow(template) : loadKept(template, store, compileNow);
  };
  const schemas = new Map<string, Promise<GuideSchema>>();
  return (template) => {
    const key = templateKey(template);
    let schema = schemas.get(key);
    if (schema === undefined) {
      schema = cache === undefined ? compile(template) : loadKept(template, keptInCache(cache), compile);
      schemas.set(key, schema);
    }
    return schema;
  };
}

/** Schemas kept between runs, by the template file's bytes: the `--cache` file, or a SchemaStore. */
interface KeptSchemas {
  stored(template: LoadableTemplate, bytes: Buffer): GuideSchema | undefined;
  remember(template: LoadableTemplate, bytes: Buffer, schema: GuideSchema): void;
}

/** The `--cache` file's schemas, which it keys by the template's content hash. */
function keptInCache(cache: LintCache): KeptSchemas {
  return {
    stored: (template, bytes) => cache.compiledTemplate(template, contentHash(bytes)),
    remember: (template, bytes, schema) => cache.rememberTemplate(template, contentHash(bytes), schema),
  };
}

/** The kept schema of the template's bytes, else the compiled one, kept. */
async function loadKept(template: LoadableTemplate, kept: KeptSchemas, compile: TemplateLoader): Promise<GuideSchema> {
  const bytes = readBytes(template.path);
  // Unreadable: the compiler reads it again and says why it cannot.
  if (bytes === undefined) return compile(template);
  const stored = kept.stored(template, bytes);
  if (stored !== undefined) return stored;
  const schema = await compile(template);
  // Kept only if the file still holds the bytes looked up with: changed meanwhile, it may not be what was compiled.
  if (readBytes(template.path)?.equals(bytes) === true) kept.remember(template, bytes, schema);
  return schema;
}

function readBytes(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}
