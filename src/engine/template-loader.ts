/**
 * Reads and compiles templates, each once per loader: a run compiles a template once however many
 * documents follow it. The config's section overrides for the template are applied to the schema
 * (as template annotations would be); its rule severities are the caller's to pass to the rules.
 */
import { readFile } from 'node:fs/promises';
import { applySectionOverrides } from '../config/overrides.js';
import type { SelectedTemplate } from '../config/select.js';
import { displayPath } from '../files/display-path.js';
import { frontmatterExpansionError } from '../outline/frontmatter.js';
import { compileTemplate, TemplateError } from '../template/compile.js';
import type { GuideSchema } from '../template/schema.js';
import { decodeDocument } from './decode.js';
import { describeFsError, UserError } from './errors.js';
import { isBuiltinTemplateFile } from './templates.js';

/** What the loader needs of a selected template: without `sections`, the template as it is. */
export type LoadableTemplate = Pick<SelectedTemplate, 'name' | 'path'> & Partial<Pick<SelectedTemplate, 'sections' | 'origin'>>;

/**
 * Resolves to the template's schema, or rejects with a UserError saying what is wrong with the
 * template, or a ConfigError for an override that names no section of it.
 */
export type TemplateLoader = (template: LoadableTemplate) => Promise<GuideSchema>;

/** A loader with its own cache; `cwd` is what error messages show template paths relative to. */
export function createTemplateLoader(cwd: string): TemplateLoader {
  const cache = new Map<string, Promise<GuideSchema>>();
  return (template) => {
    // The name is part of the key: the schema carries it, and a configured name brings its own overrides.
    const key = JSON.stringify([template.name, template.path, template.sections ?? {}]);
    let schema = cache.get(key);
    if (schema === undefined) {
      schema = loadTemplate(template, cwd);
      cache.set(key, schema);
    }
    return schema;
  };
}

async function loadTemplate(template: LoadableTemplate, cwd: string): Promise<GuideSchema> {
  const shown = `template "${displayName(template, cwd)}"`;
  let bytes: Uint8Array;
  try {
    bytes = await readFile(template.path);
  } catch (error) {
    throw new UserError(`cannot read ${shown}: ${describeFsError(error)}`);
  }
  const decoded = decodeDocument(bytes);
  if (!decoded.ok) throw new UserError(`cannot read ${shown}: ${lowerFirst(decoded.problem.message)}`);
  const expansionError = frontmatterExpansionError(decoded.text);
  if (expansionError !== null) throw new UserError(`cannot use ${shown}: ${expansionError}`);
  let schema: GuideSchema;
  try {
    schema = compileTemplate(decoded.text, { name: template.name });
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error;
    // The compiler names the template by its name; a path says where it is.
    throw new UserError(isBuiltinTemplateFile(template) ? error.message : `${displayName(template, cwd)}: ${error.message}`);
  }
  return applySectionOverrides(schema, template.sections ?? {}, template.origin ?? undefined);
}

/** A built-in by its name, any other template by its path relative to cwd. */
function displayName(template: LoadableTemplate, cwd: string): string {
  return isBuiltinTemplateFile(template) ? template.name : displayPath(template.path, cwd);
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
