/**
 * Reads and compiles templates, each once per loader (cached by resolved path): a run compiles a
 * template once however many documents follow it.
 */
import { readFile } from 'node:fs/promises';
import { displayPath } from '../files/display-path.js';
import { compileTemplate, TemplateError } from '../template/compile.js';
import type { GuideSchema } from '../template/schema.js';
import { decodeDocument } from './decode.js';
import { describeFsError, UserError } from './errors.js';
import { isBuiltinTemplateRef, type TemplateRef } from './templates.js';

/** Resolves to the template's schema, or rejects with a UserError saying what is wrong with it. */
export type TemplateLoader = (template: TemplateRef) => Promise<GuideSchema>;

/** A loader with its own cache; `cwd` is what error messages show template paths relative to. */
export function createTemplateLoader(cwd: string): TemplateLoader {
  const cache = new Map<string, Promise<GuideSchema>>();
  return (template) => {
    let schema = cache.get(template.path);
    if (schema === undefined) {
      schema = loadTemplate(template, cwd);
      cache.set(template.path, schema);
    }
    return schema;
  };
}

async function loadTemplate(template: TemplateRef, cwd: string): Promise<GuideSchema> {
  const shown = `template "${displayName(template, cwd)}"`;
  let bytes: Uint8Array;
  try {
    bytes = await readFile(template.path);
  } catch (error) {
    throw new UserError(`cannot read ${shown}: ${describeFsError(error)}`);
  }
  const decoded = decodeDocument(bytes);
  if (!decoded.ok) throw new UserError(`cannot read ${shown}: ${lowerFirst(decoded.problem.message)}`);
  try {
    return compileTemplate(decoded.text, { name: template.name });
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error;
    // The compiler names the template by its name; a path says where it is.
    throw new UserError(isBuiltinTemplateRef(template) ? error.message : `${displayName(template, cwd)}: ${error.message}`);
  }
}

/** A built-in by its name, any other template by its path relative to cwd. */
function displayName(template: TemplateRef, cwd: string): string {
  return isBuiltinTemplateRef(template) ? template.name : displayPath(template.path, cwd);
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
