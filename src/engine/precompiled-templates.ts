/**
 * The built-in templates, shipped precompiled: the build writes each one's schema as JSON beside the
 * CLI bundle (scripts/precompile-templates.mjs), and a run whose documents follow a built-in reads
 * it instead of loading the compiler and compiling (the most of a one-file run's own time after
 * start-up). Each file holds the template it was compiled from, byte for byte (no hash: the crypto
 * module costs a one-file run more than the comparison): a template edited since the build, or one
 * the config gives section or field overrides, is compiled as usual.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILTIN_TEMPLATES, builtinTemplatePath } from '../config/templates.js';
import type { GuideSchema } from '../template/schema.js';
import type { LoadableTemplate, TemplateLoader } from './template-loader.js';
import { isBuiltinTemplateFile } from './templates.js';

/** One built-in's file: `<folder>/<name>.json`. */
export interface PrecompiledTemplate {
  /** The template's bytes, as latin1 (one character a byte). */
  template: string;
  schema: GuideSchema;
}

/** Beside the module: in the bundle, dist/cli/templates/ (from src or dist/src there is none, and templates are compiled). */
export const PRECOMPILED_FOLDER = fileURLToPath(new URL('./templates/', import.meta.url));

/** The precompiled schema of a built-in template taken as it is, or undefined (then it is compiled). */
export function readPrecompiled(template: LoadableTemplate, folder: string): GuideSchema | undefined {
  if (!isBuiltinTemplateFile(template) || hasOverrides(template)) return undefined;
  try {
    const stored = JSON.parse(readFileSync(join(folder, `${template.name}.json`), 'utf8')) as PrecompiledTemplate;
    return stored.template === readFileSync(template.path, 'latin1') ? stored.schema : undefined;
  } catch {
    return undefined;
  }
}

/** Compiles every built-in with `loadTemplate` (the CLI's own loader) into `folder`, for the build. */
export async function writePrecompiled(folder: string, loadTemplate: TemplateLoader): Promise<void> {
  mkdirSync(folder, { recursive: true });
  for (const name of BUILTIN_TEMPLATES) {
    const path = builtinTemplatePath(name);
    const stored: PrecompiledTemplate = { template: readFileSync(path, 'latin1'), schema: await loadTemplate({ name, path }) };
    writeFileSync(join(folder, `${name}.json`), `${JSON.stringify(stored)}\n`);
  }
}

function hasOverrides({ sections, fields, fieldOrder }: LoadableTemplate): boolean {
  return Object.keys(sections ?? {}).length > 0 || Object.keys(fields ?? {}).length > 0 || (fieldOrder ?? null) !== null;
}
