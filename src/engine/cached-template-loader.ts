/**
 * The CLI's template loader: the compiler (and remark with it, ~100 ms to load) is imported only
 * when a template must be compiled, and with a cache, a template whose file is unchanged since the
 * schema was stored is not compiled at all.
 */
import { readFileSync } from 'node:fs';
import type { GuideSchema } from '../template/schema.js';
import type { LintCache } from './cache.js';
import { contentHash } from './content-hash.js';
import { PRECOMPILED_FOLDER, readPrecompiled } from './precompiled-templates.js';
import { templateKey, type LoadableTemplate, type TemplateLoader } from './template-loader.js';

/**
 * A loader that compiles each template once (a built-in shipped precompiled in `precompiledFolder`
 * is read, not compiled); `cwd` is what error messages show template paths relative to.
 */
export function createCachedTemplateLoader(cwd: string, cache?: LintCache, precompiledFolder = PRECOMPILED_FOLDER): TemplateLoader {
  let compiler: Promise<TemplateLoader> | undefined;
  const compile = async (template: LoadableTemplate): Promise<GuideSchema> => {
    const shipped = readPrecompiled(template, precompiledFolder);
    if (shipped !== undefined) return shipped;
    compiler ??= import('./template-loader.js').then(({ createTemplateLoader }) => createTemplateLoader(cwd));
    return (await compiler)(template);
  };
  const schemas = new Map<string, Promise<GuideSchema>>();
  return (template) => {
    const key = templateKey(template);
    let schema = schemas.get(key);
    if (schema === undefined) {
      schema = cache === undefined ? compile(template) : loadThroughCache(template, cache, compile);
      schemas.set(key, schema);
    }
    return schema;
  };
}

async function loadThroughCache(
  template: LoadableTemplate,
  cache: LintCache,
  compile: TemplateLoader,
): Promise<GuideSchema> {
  let templateHash: string;
  try {
    templateHash = contentHash(readFileSync(template.path));
  } catch {
    // The compiler reads it again and says why it cannot.
    return compile(template);
  }
  const stored = cache.compiledTemplate(template, templateHash);
  if (stored !== undefined) return stored;
  const schema = await compile(template);
  cache.rememberTemplate(template, templateHash, schema);
  return schema;
}
