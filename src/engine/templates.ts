/** Template references: resolving the `<name|path>` given on the command line or in a frontmatter. */
import { statSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import { BUILTIN_TEMPLATES, builtinTemplatePath, isBuiltinTemplate } from '../config/builtins.js';
import { looksLikeTemplatePath } from '../config/template-ref.js';
import { UserError } from './errors.js';

/** A template to compile: its display name and the absolute path of its Markdown file. */
export interface TemplateRef {
  name: string;
  path: string;
}

/**
 * Resolves `<name|path>`: an existing file (relative to `baseDir`) wins, as the design says a name
 * that is also a path is read as the path; otherwise a built-in name. Throws a UserError for
 * anything else: "not found" when it looks like a path (`docs/t.md`), "unknown" otherwise.
 */
export function resolveTemplateRef(spec: string, baseDir: string): TemplateRef {
  const path = resolve(baseDir, spec);
  if (isFile(path)) return { name: basename(path, extname(path)), path };
  if (isBuiltinTemplate(spec)) return { name: spec, path: builtinTemplatePath(spec) };
  if (looksLikeTemplatePath(spec)) throw new UserError(`template "${spec}" not found: no such file`);
  throw new UserError(`template "${spec}" is neither a file nor a built-in template (${BUILTIN_TEMPLATES.join(', ')})`);
}

/** True when the reference is a built-in template (by its file, however it was named). */
export function isBuiltinTemplateRef(template: TemplateRef): boolean {
  return isBuiltinTemplate(template.name) && template.path === builtinTemplatePath(template.name);
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
