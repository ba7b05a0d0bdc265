/**
 * How a nested config extends its parent (DESIGN §5, "Nested configs"): the nearer config's
 * settings over the parent's, key by key for `rules`, name by name for `templates`, its
 * `documents` entries before the parent's; `ignore` globs stay with the config that wrote them.
 */
import type { GuidelintConfig, LoadedConfig, TemplateEntry } from './types.js';

/** What the nearer config's own file says, besides its checked settings. */
export interface OwnConfig {
  config: GuidelintConfig;
  filePath: string;
  dir: string;
  /** Whether the file writes `detect` (the checked settings hold the default when it does not). */
  writesDetect: boolean;
}

/** The nearer config's templates first, then the parent's it does not redefine (a name is replaced whole). */
export function mergeTemplates(
  own: Readonly<Record<string, TemplateEntry>>,
  inherited: Readonly<Record<string, TemplateEntry>> = {},
): Record<string, TemplateEntry> {
  const merged: Record<string, TemplateEntry> = { ...own };
  for (const [name, entry] of Object.entries(inherited)) if (!Object.hasOwn(merged, name)) merged[name] = entry;
  return merged;
}

/** `own` extending `parent`, the config found above its folder. */
export function extendConfig(parent: LoadedConfig & { filePath: string }, own: OwnConfig): LoadedConfig {
  const base = parent.config;
  const parentFile = parent.filePath;
  const inheritedDocuments = base.documents.map((entry, index) => (entry.inherited ? entry : { ...entry, inherited: { filePath: parentFile, index } }));
  const config: GuidelintConfig = {
    templates: mergeTemplates(own.config.templates, base.templates),
    documents: [...own.config.documents, ...inheritedDocuments],
    // A severity alone keeps the options the parent gave the rule, as in ESLint.
    rules: { ...base.rules, ...own.config.rules },
    ruleOptions: { ...base.ruleOptions, ...own.config.ruleOptions },
    ignore: own.config.ignore,
    detect: own.writesDetect ? own.config.detect : base.detect,
  };
  return {
    config,
    filePath: own.filePath,
    dir: own.dir,
    parents: [{ filePath: parentFile, ignore: base.ignore }, ...(parent.parents ?? [])],
  };
}
