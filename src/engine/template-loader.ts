/**
 * Reads and compiles templates, each once per loader: a run compiles a template once however many
 * documents follow it. The config's section and field overrides for the template go to the
 * compiler as its strongest hints; its rule severities are the caller's to pass to the rules.
 */
import { readFile } from 'node:fs/promises';
import { closestMatch, ConfigError, formatKeyPath } from '../config/errors.js';
import type { SelectedTemplate } from '../config/select.js';
import { displayPath } from '../files/display-path.js';
import { frontmatterExpansionError } from '../outline/frontmatter.js';
import type { ExternalHints, OverrideError } from '../template/compile.js';
import type { GuideSchema } from '../template/schema.js';
import { fieldKey } from '../template/text.js';
import { decodeDocument } from './decode.js';
import { describeFsError, UserError } from './errors.js';
import { isBuiltinTemplateFile } from './templates.js';

/** What the loader needs of a selected template: without overrides, the template as it is. */
export type LoadableTemplate = Pick<SelectedTemplate, 'name' | 'path'> &
  Partial<Pick<SelectedTemplate, 'sections' | 'fields' | 'fieldOrder' | 'origin'>>;

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
    const key = templateKey(template);
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
  // Loaded only to compile: a run whose templates are precompiled or cached does without it.
  const { compileTemplate, OverrideError, TemplateError } = await import('../template/compile.js');
  try {
    return compileTemplate(decoded.text, { name: template.name, external: externalHints(template) });
  } catch (error) {
    if (error instanceof OverrideError) throw overrideError(error, template);
    if (!(error instanceof TemplateError)) throw error;
    // The compiler names the template by its name; a path says where it is.
    throw new UserError(isBuiltinTemplateFile(template) ? error.message : `${displayName(template, cwd)}: ${error.message}`);
  }
}

/**
 * Identifies a template as the loader compiles it: the schema carries its name, the config its
 * overrides.
 */
export function templateKey(template: LoadableTemplate): string {
  return JSON.stringify([template.name, template.path, template.sections ?? {}, template.fields ?? {}, template.fieldOrder ?? null]);
}

/** What the config says about the template, for the compiler. */
function externalHints(template: LoadableTemplate): ExternalHints {
  return {
    sections: template.sections ?? {},
    fields: template.fields ?? {},
    ...(template.fieldOrder ? { fieldOrder: template.fieldOrder } : {}),
  };
}

/** An override the template cannot take, said where the config writes it, with a suggestion for an unknown name. */
function overrideError(error: OverrideError, template: LoadableTemplate): ConfigError {
  const origin = template.origin ?? error.scope;
  const where = `${origin}.${formatKeyPath(overridePath(error, template))}`;
  if (error.names === null) return new ConfigError(`${where}: ${error.problem}`);
  const suggestion = closestMatch(error.unknown ?? error.key, [...error.names]);
  const known = error.scope === 'sections' ? 'sections' : 'fields';
  const hint = suggestion === undefined ? `${known}: ${error.names.join(', ')}` : `did you mean "${suggestion}"?`;
  return new ConfigError(`${where}: ${error.problem} (${hint})`);
}

/** Where the config writes the override: `sections.Summary`, `fields.decision-date`, `fieldOrder`. */
function overridePath(error: OverrideError, template: LoadableTemplate): string[] {
  if (error.scope === 'fieldOrder') return ['fieldOrder'];
  if (error.scope === 'sections') return ['sections', error.key];
  const written = Object.keys(template.fields ?? {}).find((key) => fieldKey(key) === fieldKey(error.key));
  return ['fields', written ?? error.key];
}

/** A built-in by its name, any other template by its path relative to cwd. */
function displayName(template: LoadableTemplate, cwd: string): string {
  return isBuiltinTemplateFile(template) ? template.name : displayPath(template.path, cwd);
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
