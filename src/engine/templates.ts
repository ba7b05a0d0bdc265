/**
 * A template named on the command line (`--template`, `compile`, `new`) or by the remark preset:
 * resolved against the config by the config's own resolver (`findTemplate`), so a configured name
 * brings its path, rule severities and section overrides.
 */
import { emptyConfig } from '../config/load.js';
import { findTemplate, type SelectedTemplate } from '../config/select.js';
import { builtinTemplatePath, isBuiltinTemplate, isFile, unknownTemplateMessage } from '../config/templates.js';
import type { LoadedConfig } from '../config/types.js';
import { UserError } from './errors.js';
import type { LintOptions } from './lint-outline.js';

/**
 * Resolves `<name|path>`: a configured name, a built-in name, or a file (relative to `baseDir`; a
 * name that is also an existing file is read as the file, DESIGN §4). Throws a UserError for an
 * unknown name or a file that does not exist.
 */
export function resolveTemplate(spec: string, baseDir: string, loaded: LoadedConfig = emptyConfig(baseDir)): SelectedTemplate {
  const template = findTemplate(spec, baseDir, loaded);
  if (template === null) throw new UserError(unknownTemplateMessage(spec, loaded.config));
  if (!isFile(template.path)) throw new UserError(`template "${spec}" not found: no such file`);
  return template;
}

/** What the config says to run the rules with for the template's documents. */
export function lintOptionsOf(template: Pick<SelectedTemplate, 'rules' | 'ruleOptions' | 'severity'>): LintOptions {
  return { rules: template.rules, ruleOptions: template.ruleOptions, ...(template.severity ? { severity: template.severity } : {}) };
}

/** True when the template is a built-in one (by its file, however it was named). */
export function isBuiltinTemplateFile(template: Pick<SelectedTemplate, 'name' | 'path'>): boolean {
  return isBuiltinTemplate(template.name) && template.path === builtinTemplatePath(template.name);
}
