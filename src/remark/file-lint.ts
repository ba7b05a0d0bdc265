/**
 * What every guidelint rule plugin on a processor shares: each plugin only says which rule it
 * wants, at what level, from which source (the config, or one template); one step lints each file
 * once per source, exactly as `guidelint check` does (the same front-end, rules and comments), and
 * one step reports the wanted rules' findings as remark-lint messages.
 *
 * The lint step is asynchronous (it reads configs and compiles templates); the report step is
 * synchronous and comes last, with the `lint` comment filter after it. unified-engine (remark-cli)
 * lets a file that already has a fatal message skip the wait for the other files, so a file that
 * got one in a step of its own, with another file's wait already over, would wait forever: the
 * messages are added in the last steps, at once.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Root } from 'mdast';
import remarkLint from 'remark-lint';
import remarkMessageControl from 'remark-message-control';
import type { Plugin, Processor } from 'unified';
import type { VFile } from 'vfile';
import { ConfigError } from '../config/errors.js';
import { oneLine, UserError } from '../engine/errors.js';
import { lintOutline } from '../engine/lint-outline.js';
import { fatalFinding } from '../engine/results.js';
import { ruleDocsUrl } from '../engine/rule-docs.js';
import { createTemplateLoader } from '../engine/template-loader.js';
import { resolveTemplate } from '../engine/templates.js';
import { lineStartOffset } from '../lint/positions.js';
import { RULE_IDS, type Finding, type RuleId, type SeverityName } from '../lint/types.js';
import { DocumentLinter } from '../lsp/document-linter.js';
import { outlineFromMarkdownIt } from '../outline/from-markdown-it.js';
import type { Outline } from '../outline/types.js';
import type { SelectedTemplate } from '../config/select.js';
import type { GuideSchema } from '../template/schema.js';
import { OptionError, type Level, type RuleSettings, type Source } from './options.js';

/** A source, resolved when the plugin is attached: the config from a folder, or one template. */
type ResolvedSource =
  | { kind: 'config'; cwd: string }
  | { kind: 'template'; cwd: string; template: SelectedTemplate | null; schema: GuideSchema | null };

interface Wanted {
  source: ResolvedSource;
  levels: Map<RuleId, Exclude<Level, 'off'>>;
}

interface SourceLint {
  findings: readonly Finding[];
  outline: Outline | null;
}

/** Per processor (remark-cli makes one per file): the wanted rules, by source. */
const wantedRules = new WeakMap<Processor, Map<string | GuideSchema, Wanted>>();
/** The processors the shared steps were added to (once each: a preset adds ~17 rules per file). */
const withSteps = new WeakSet<Processor>();
/** Per processor: what was wrong with the options given, reported on every file. */
const optionErrors = new WeakMap<Processor, Set<string>>();
/** Per file: what the lint step found, for the report step. */
const linted = new WeakMap<VFile, Array<{ wanted: Wanted; lint: SourceLint }>>();

/**
 * Says that `processor` runs rule `ruleId` at `settings` (or an OptionError, what is wrong with the
 * options given for it), and adds the shared steps (once, however many rules ask): lint, report,
 * the `lint` comment filter for guidelint's messages, and remark-lint (whose filter serves its own
 * rules). A malformed option becomes a fatal message on each file, one line in remark-cli's report,
 * where an error thrown while attaching would be a stack trace under "Cannot process file".
 */
export function useRule(processor: Processor, ruleId: RuleId, settings: RuleSettings | OptionError): void {
  if (!withSteps.has(processor)) {
    withSteps.add(processor);
    processor.use(guidelintLint).use(guidelintReport).use(guidelintLintComments).use(remarkLint);
  }
  if (settings instanceof OptionError) {
    addOptionError(processor, settings);
    return;
  }
  let byKey = wantedRules.get(processor);
  if (byKey === undefined) {
    byKey = new Map();
    wantedRules.set(processor, byKey);
  }
  // A later setting for the same rule (a per-rule plugin listed after the preset) wins.
  for (const wanted of byKey.values()) wanted.levels.delete(ruleId);
  if (settings.level !== 'off') {
    const key = sourceKey(settings.source);
    let wanted = byKey.get(key);
    if (wanted === undefined) {
      let source: ResolvedSource;
      try {
        source = resolveSource(settings.source);
      } catch (error) {
        if (!(error instanceof OptionError)) throw error;
        addOptionError(processor, error);
        return;
      }
      wanted = { source, levels: new Map() };
      byKey.set(key, wanted);
    }
    wanted.levels.set(ruleId, settings.level);
  }
}

function addOptionError(processor: Processor, error: OptionError): void {
  let errors = optionErrors.get(processor);
  if (errors === undefined) {
    errors = new Set();
    optionErrors.set(processor, errors);
  }
  errors.add(error.message);
}

/** The rules of one processor that name the same source are linted together. */
function sourceKey(source: Source): string | GuideSchema {
  const cwd = resolve(source.cwd ?? process.cwd());
  return source.schema ?? (source.template === undefined ? `config\0${cwd}` : `template\0${cwd}\0${source.template}`);
}

function resolveSource(source: Source): ResolvedSource {
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

/** Lints the file once for each source its processor's rules want. */
const guidelintLint: Plugin<[], Root> = function (this: Processor) {
  const processor = this;
  return async (_tree, file) => {
    const wanted = [...(wantedRules.get(processor)?.values() ?? [])].filter((entry) => entry.levels.size > 0);
    linted.set(file, await Promise.all(wanted.map(async (entry) => ({ wanted: entry, lint: await lintFrom(entry, file) }))));
  };
};

/** Adds the wanted findings as messages with the fields remark-lint's rules give theirs (ruleId, source, fatal by level), and `url` to the rule's page. */
const guidelintReport: Plugin<[], Root> = function (this: Processor) {
  const processor = this;
  return (_tree, file) => {
    for (const error of optionErrors.get(processor) ?? []) {
      const message = file.message(error, { source: 'guidelint', ruleId: 'options' });
      message.fatal = true;
    }
    for (const { wanted, lint } of linted.get(file) ?? []) {
      for (const finding of lint.findings) {
        if (finding.ruleId === null) {
          addMessage(file, lint.outline, finding, finding.severity === 2);
          continue;
        }
        const level = wanted.levels.get(finding.ruleId);
        if (level === undefined) continue;
        const message = addMessage(file, lint.outline, finding, level === 'on' ? finding.severity === 2 : level === 'error');
        message.ruleId = finding.ruleId;
        message.url = ruleDocsUrl(finding.ruleId) ?? undefined;
      }
    }
    linted.delete(file);
  };
};

/**
 * `<!--lint disable|enable|ignore rule-id-->` for guidelint's rules, as remark-lint has it for its
 * own. A file with no guidelint message (most files) is not walked again: remark-lint's own filter
 * already reports a malformed comment.
 */
const guidelintLintComments: Plugin<[], Root> = function () {
  const control = remarkMessageControl({ name: 'lint', source: 'guidelint' });
  return (tree, file) => {
    if (file.messages.some((message) => message.source === 'guidelint')) control(tree, file);
  };
};

function lintFrom(wanted: Wanted, file: VFile): Promise<SourceLint> {
  const { source } = wanted;
  if (source.kind === 'config') return lintByConfig(source.cwd, file);
  return lintByTemplate(source, wanted.levels, file);
}

/**
 * One linter (configs and compiled templates) per folder for the whole process: remark-cli attaches
 * the plugins once per file. Before each file it checks that what it read is unchanged; files that
 * start together share one check.
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

/**
 * A message at the finding's place. A suggestion or fix that replaces exactly that place becomes
 * `expected` (with `actual`), which the language server offers as quick fixes.
 */
function addMessage(file: VFile, outline: Outline | null, finding: Finding, fatal: boolean): ReturnType<VFile['message']> {
  const start = { line: finding.line, column: finding.column, ...offset(outline, finding.line, finding.column) };
  const end = { line: finding.endLine, column: finding.endColumn, ...offset(outline, finding.endLine, finding.endColumn) };
  const message = file.message(finding.message, { place: { start, end }, source: 'guidelint' });
  message.fatal = fatal;
  const replacements = [...(finding.suggestions ?? []).map((suggestion) => suggestion.fix), ...(finding.fix ? [finding.fix] : [])];
  const fitting = replacements.filter((fix) => fix.range[0] === start.offset && fix.range[1] === end.offset);
  if (fitting.length > 0) {
    message.actual = String(file).slice(start.offset, end.offset);
    message.expected = fitting.map((fix) => fix.text);
  }
  return message;
}

function offset(outline: Outline | null, line: number, column: number): { offset?: number } {
  return outline === null ? {} : { offset: lineStartOffset(outline, line) + column - 1 };
}
