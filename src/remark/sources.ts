/**
 * Where a rule plugin's findings come from: the guidelint config found from the file's folder (as
 * `guidelint check` and the language server read it), or one template for every file. Each lints
 * the whole file once, as the CLI does (the markdown-it front-end, the rules, guidelint-disable
 * comments), and keeps configs and compiled templates for the whole process, checking that the
 * files they came from are unchanged.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { VFile } from 'vfile';
import { ConfigError } from '../config/errors.js';
import type { SelectedTemplate } from '../config/select.js';
import { oneLine, UserError } from '../engine/errors.js';
import { lintOutline } from '../engine/lint-outline.js';
import { fatalFinding } from '../engine/results.js';
import { createTemplateLoader } from '../engine/template-loader.js';
import { resolveTemplate } from '../engine/templates.js';
import { RULE_IDS, type Finding, type RuleId, type SeverityName } from '../lint/types.js';
import { DocumentLinter } from '../lsp/document-linter.js';
import { outlineFromMarkdownIt } from '../outline/from-markdown-it.js';
import type { Outline } from '../outline/types.js';
import type { GuideSchema } from '../template/schema.js';
import { OptionError, type Level, type Source } from './options.js';

/** A source, resolved when the plugin is attached: the config from a folder, or one template. */
export type ResolvedSource =
  | { kind: 'config'; cwd: string }
  | { kind: 'template'; cwd: string; template: SelectedTemplate | null; schema: GuideSchema | null };

export interface SourceLint {
  findings: readonly Finding[];
  outline: Outline | null;
}

/** The rules of one processor that name the same source are linted together. */
export function sourceKey(source: Source): string | GuideSchema {
  const cwd = resolve(source.cwd ?? process.cwd());
  return source.schema ?? (source.template === undefined ? `config\0${cwd}` : `template\0${cwd}\0${source.template}`);
}

/** Finds the template named; throws an OptionError for one that cannot be found. */
export function resolveSource(source: Source): ResolvedSource {
  const cwd = resolve(source.cwd ?? process.cwd());
  if (source.schema !== undefined) return { kind: 'template', cwd, template: null, schema: source.schema };
  if (source.template === undefined) return { kind: 'config', cwd };
  let template: SelectedTemplate;
  try {
    template = resolveTemplate(source.template, cwd);
  } catch (error) {
    if (error instanceof UserError) throw new OptionError(`guidelint: ${oneLine(error.message)}`);
    throw error;
  }
  return { kind: 'template', cwd, template, schema: null };
}

/** The file's findings from `source`; with a template, only the rules in `levels` run (at theirs; `'on'`: at their default). */
export function lintFrom(source: ResolvedSource, levels: ReadonlyMap<RuleId, Exclude<Level, 'off'>>, file: VFile): Promise<SourceLint> {
  if (source.kind === 'config') return lintByConfig(source.cwd, file);
  return lintByTemplate(source, levels, file);
}

/**
 * One linter (configs and compiled templates) per folder for the whole process: remark-cli attaches
 * the plugins once per file. Before each file it checks that what it read is unchanged (a stat of
 * each config and template file read): the language server lives on while they are edited.
 * Files linted at once share one check.
 */
const configLinters = new Map<string, { linter: DocumentLinter; refreshing: Promise<unknown> | null }>();

async function lintByConfig(cwd: string, file: VFile): Promise<SourceLint> {
  if (!file.path) return { findings: [], outline: null };
  let entry = configLinters.get(cwd);
  if (entry === undefined) {
    entry = { linter: new DocumentLinter(cwd), refreshing: null };
    configLinters.set(cwd, entry);
  }
  const shared = entry;
  shared.refreshing ??= shared.linter.refresh().finally(() => (shared.refreshing = null));
  await shared.refreshing;
  const lint = await shared.linter.lint(resolve(file.cwd, file.path), String(file));
  return { findings: lint.findings, outline: lint.outline };
}

/** Compiled templates by path, kept while the file's modification time is unchanged. */
const compiled = new Map<string, { modified: number; schema: Promise<GuideSchema> }>();

async function lintByTemplate(
  source: Extract<ResolvedSource, { kind: 'template' }>,
  levels: ReadonlyMap<RuleId, Exclude<Level, 'off'>>,
  file: VFile,
): Promise<SourceLint> {
  const outline = outlineFromMarkdownIt(String(file));
  let schema: GuideSchema;
  try {
    schema = source.schema ?? (await compiledTemplate(source.template!, source.cwd));
  } catch (error) {
    if (!(error instanceof UserError || error instanceof ConfigError)) throw error;
    return { findings: [fatalFinding(`Cannot use the template: ${oneLine(error.message)}`)], outline };
  }
  // Rules no plugin wants stay off; a level of 'on' leaves the rule its default.
  const rules: Partial<Record<RuleId, SeverityName>> = {};
  for (const id of RULE_IDS) {
    const level = levels.get(id);
    if (level === undefined) rules[id] = 'off';
    else if (level !== 'on') rules[id] = level;
  }
  return { findings: lintOutline(outline, schema, { rules }), outline };
}

function compiledTemplate(template: SelectedTemplate, cwd: string): Promise<GuideSchema> {
  let modified: number;
  try {
    modified = statSync(template.path).mtimeMs;
  } catch {
    modified = -1;
  }
  const key = `${cwd}\0${template.path}`;
  const known = compiled.get(key);
  if (known !== undefined && known.modified === modified) return known.schema;
  const schema = createTemplateLoader(cwd)(template);
  compiled.set(key, { modified, schema });
  // A template that failed is read again next time: the user is fixing it.
  schema.catch(() => compiled.delete(key));
  return schema;
}
