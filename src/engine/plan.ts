/**
 * The run plan: which files to check and how each one's template is chosen. Files come from the
 * command line's inputs (files, folders, globs), else the Markdown files under the working folder
 * that their config's `documents` map (all of them where no config on their path has `documents`),
 * with ignore rules applied (src/files). Each file gets the config found upward from its folder
 * (DESIGN §5), or the one `--config` names. A template is chosen in DESIGN §5's order:
 * `--template`, the document's frontmatter `template:`, the first matching `documents` entry, then
 * (with `detect: true`) the template whose headings the document shares most; else the file is
 * skipped.
 *
 * A file that is a template is never checked when a folder, glob or `documents` entry reached it;
 * named on the command line, it is checked like any other (a template checked against itself
 * reports its placeholders).
 */
import { basename, dirname, resolve } from 'node:path';
import picomatch from 'picomatch';
import { detectionCandidate, detectTemplate, type DetectionCandidate } from '../config/detect.js';
import { isConfigFileName } from '../config/config-file.js';
import {
  entryDir,
  findTemplate,
  matchDocumentsEntry,
  selectFromDocument,
  templateOfFile,
  type SelectedTemplate,
} from '../config/select.js';
import { configIgnoreLookup, singleConfig, type ConfigSource } from '../config/lookup.js';
import { templateForDocument } from '../config/when.js';
import { isFile, knownTemplateNames } from '../config/templates.js';
import type { LoadedConfig } from '../config/types.js';
import { configGlob } from '../files/config-glob.js';
import { displayPath } from '../files/display-path.js';
import { pathInside } from '../files/path-inside.js';
import { describeUnmatched, expandInputs, NoFilesError, type ExpandResult } from '../files/expand.js';
import type { Exclusion } from '../files/ignore.js';
import { ignorePatterns, refusedPattern, splitPatterns } from '../files/patterns.js';
import type { Outline, Section } from '../outline/types.js';
import { UserError } from './errors.js';
import type { TemplateLoader } from './template-loader.js';
import { resolveTemplate } from './templates.js';

export interface PlanRequest {
  cwd: string;
  /**
   * Files, folders and globs from the command line, and `!`/`#` patterns leaving files out; none
   * but those means the Markdown files under `cwd` that their config maps.
   */
  inputs: readonly string[];
  /** `--ignore-pattern`s: globs relative to `cwd` whose files are left out. */
  ignorePatterns?: readonly string[];
  /** `--no-ignore`: .gitignore, .guidelintignore, the configs' `ignore` and `--ignore-pattern` do not apply. */
  noIgnore?: boolean;
  /** false (`--no-error-on-unmatched-pattern`): a pattern that matches no file is a warning, not a UserError. */
  errorOnUnmatchedPattern?: boolean;
  /** `--template <name|path>`: the template of every file. */
  template?: string;
  /** The working folder's config: it resolves `--template`, and its `documents` globs that match no file are warned about. */
  config: LoadedConfig;
  /** Finds each document's config; absent, `config` is every document's (as with `--config`). */
  lookup?: ConfigSource;
  /**
   * `--related`: a config file or a template among the inputs is not checked as a document but
   * brings in the documents under `cwd` that follow it (the pre-commit hook passes staged files).
   */
  related?: boolean;
  /** Compiles the templates `detect: true` chooses among. */
  loadTemplate: TemplateLoader;
}

/** What chooses the template of a document once it is read; one object, shared by the files of a config. */
export interface SelectionContext {
  config: LoadedConfig;
  /** The templates `detect: true` picks from (empty without it, or with `--template`). */
  detection: DetectionCandidate[];
}

export interface PlannedFile {
  /** Absolute path. */
  filePath: string;
  /** The document's bytes when they come from standard input (`--stdin`), not from the file. */
  contents?: Uint8Array;
  /** Named on the command line itself: checked even when it is a template. */
  explicit: boolean;
  /** `--template`, the template of every file; null without it. */
  forced: SelectedTemplate | null;
  selection: SelectionContext;
}

export interface SkippedFile {
  filePath: string;
  reason: string;
}

export interface Plan {
  files: PlannedFile[];
  /** Files left out before being read, with the reason (`--verbose` prints it). */
  skipped: SkippedFile[];
  /** One line each: unreadable folders, symbolic link loops, named files that are ignored, `documents` globs that match nothing. */
  warnings: string[];
  /** The command line named no file, folder or glob: the files are those the configs map under the working folder. */
  noInputs: boolean;
}

/** Where a chosen template came from. */
export type TemplateVia = 'option' | 'frontmatter' | 'documents' | 'detect';

export type TemplateChoice =
  /** `reason` says where the template came from, for `--verbose`: `from documents[0] "docs/**"`. */
  | { kind: 'template'; template: SelectedTemplate; via: TemplateVia; reason: string }
  | { kind: 'skip'; reason: string }
  /** The document names a template that cannot be used: a fatal message for that document. */
  | { kind: 'invalid'; message: string };

/**
 * Expands the inputs and plans each file. Throws a UserError for an unknown `--template` or a
 * pattern that matches no file, and lets a ConfigError (a config or a template's overrides that
 * cannot be used) through.
 */
export async function planRun(request: PlanRequest): Promise<Plan> {
  const { cwd, config } = request;
  const configs = configSource(request);
  const forced = request.template === undefined ? null : resolveTemplate(request.template, cwd, config);
  const patterns = splitPatterns(request.inputs);
  const refused = refusedPattern(patterns, request.ignorePatterns ?? []);
  if (refused !== null) throw new UserError(refused);
  const noInputs = patterns.inputs.length === 0;
  const related = request.related ? await relatedInputs(patterns.inputs, cwd, configs) : null;
  const inputs = noInputs ? [] : (related?.documents ?? patterns.inputs);
  const expanded = await expand(request, configs, inputs, patterns.exclusions);
  const named = new Set(inputs.map((input) => resolve(cwd, input)));
  const unmatched = expanded.unmatched.map(({ input, why }) => describeUnmatched(input, why));
  const plan: Plan = { files: [], skipped: [], warnings: [...expanded.warnings, ...unmatched], noInputs };
  const found: { filePath: string; explicit: boolean }[] = expanded.files.map((filePath) => ({ filePath, explicit: named.has(filePath) }));
  if (noInputs || (related !== null && related.bringsDocuments)) {
    const { files: mapped, warnings } = await mappedDocuments(request, configs, patterns.exclusions);
    plan.warnings.push(...warnings);
    if (noInputs) plan.warnings.push(...(await unmatchedDocumentsGlobs(request, configs, mapped)));
    const wanted = related?.bringsDocuments ? await followingRelated(mapped, related, configs) : mapped;
    const listed = new Set(expanded.files);
    found.push(...wanted.filter((filePath) => !listed.has(filePath)).map((filePath) => ({ filePath, explicit: false })));
  }
  const selections = new Map<LoadedConfig, Promise<SelectionContext>>();
  const selectionOf = (loaded: LoadedConfig): Promise<SelectionContext> => {
    let selection = selections.get(loaded);
    if (selection === undefined) {
      selection = selectionContext(loaded, forced, request.loadTemplate);
      selections.set(loaded, selection);
    }
    return selection;
  };
  for (const { filePath, explicit } of found.sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0))) {
    const fileConfig = await configs.forFolder(dirname(filePath));
    const template = explicit ? null : (templateOfFile(filePath, fileConfig) ?? (forced?.path === filePath ? forced.name : null));
    if (template === null) plan.files.push({ filePath, explicit, forced, selection: await selectionOf(fileConfig) });
    else plan.skipped.push({ filePath, reason: `it is the template "${template}"` });
  }
  return plan;
}

/**
 * `--stdin`: the one document standard input holds, planned as the file `stdinFilename` names
 * (its folder's config, and that config's `documents` entry), or as `<stdin>` in the working
 * folder (then only `--template` or the frontmatter's `template:` gives it a template). Like a
 * file named on the command line, it is checked even when it is a template or ignored.
 */
export async function planStdin(request: Omit<PlanRequest, 'inputs'>, contents: Uint8Array, stdinFilename = '<stdin>'): Promise<Plan> {
  const { cwd, config } = request;
  const forced = request.template === undefined ? null : resolveTemplate(request.template, cwd, config);
  const filePath = resolve(cwd, stdinFilename);
  const selection = await selectionContext(await configSource(request).forFolder(dirname(filePath)), forced, request.loadTemplate);
  const file: PlannedFile = { filePath, contents, explicit: true, forced, selection };
  return { files: [file], skipped: [], warnings: [], noInputs: false };
}

function configSource({ config, lookup }: Pick<PlanRequest, 'config' | 'lookup'>): ConfigSource {
  return lookup ?? singleConfig(config);
}

async function selectionContext(config: LoadedConfig, forced: SelectedTemplate | null, loadTemplate: TemplateLoader): Promise<SelectionContext> {
  return { config, detection: config.config.detect && forced === null ? await detectionCandidates(config, loadTemplate) : [] };
}

/**
 * The Markdown files under the working folder that a run without inputs checks: those whose
 * config has a `documents` entry matching them, and all of them where the config has none.
 */
async function mappedDocuments(
  request: PlanRequest,
  configs: ConfigSource,
  exclusions: readonly Exclusion[],
): Promise<{ files: string[]; warnings: string[] }> {
  const walked = await expand({ ...request, errorOnUnmatchedPattern: false }, configs, ['.'], exclusions);
  const files: string[] = [];
  for (const filePath of walked.files) {
    const loaded = await configs.forFolder(dirname(filePath));
    if (loaded.config.documents.length === 0 || matchDocumentsEntry(filePath, loaded) !== null) files.push(filePath);
  }
  return { files, warnings: walked.warnings };
}

/**
 * One warning for each `documents` glob of the working folder's config that matches none of the
 * `mapped` files though the run covers all it could match (it lies under the working folder):
 * `.guidelintrc.yaml: documents[1].files: no files match "rfcs/*.md"`.
 */
async function unmatchedDocumentsGlobs(request: PlanRequest, configs: ConfigSource, mapped: readonly string[]): Promise<string[]> {
  const { cwd, config } = request;
  const warnings: string[] = [];
  for (const [index, entry] of config.config.documents.entries()) {
    const dir = entryDir(entry, config);
    const writtenAt = entry.inherited ?? { filePath: config.filePath!, index };
    for (const [position, glob] of entry.files.entries()) {
      const pattern = configGlob(glob);
      const base = resolve(dir, picomatch.scan(pattern).base);
      if (base !== resolve(cwd) && pathInside(cwd, base) === null) continue;
      const matches = picomatch(pattern, { dot: true });
      if (mapped.some((filePath) => matches(pathInside(dir, filePath) ?? ''))) continue;
      // Why nothing matched, no file or only ignored ones: the glob expanded on its own says.
      const alone = await expand({ ...request, errorOnUnmatchedPattern: false }, configs, [displayPath(resolve(dir, pattern), cwd)], [], true);
      const why = alone.unmatched[0]?.why ?? 'none';
      const name = `documents[${writtenAt.index}].files${entry.files.length > 1 ? `[${position}]` : ''}`;
      warnings.push(`${displayPath(writtenAt.filePath, cwd)}: ${name}: ${describeUnmatched(glob, why)}`);
    }
  }
  return warnings;
}

/** `--related`: the inputs split into the documents to check and the config files and templates named. */
interface RelatedInputs {
  /** The inputs that are neither a config file nor a template: checked as usual. */
  documents: string[];
  /** Config files named (those in effect in their folder), absolute. */
  configFiles: Set<string>;
  /** Templates named (a configured, path-referenced or built-in template of their folder's config), absolute. */
  templates: Set<string>;
  bringsDocuments: boolean;
}

async function relatedInputs(inputs: readonly string[], cwd: string, configs: ConfigSource): Promise<RelatedInputs> {
  const related: RelatedInputs = { documents: [], configFiles: new Set(), templates: new Set(), bringsDocuments: false };
  for (const input of inputs) {
    const filePath = resolve(cwd, input);
    const loaded = await configs.forFolder(dirname(filePath));
    // A file named like a config is never a document (a package.json without a `guidelint` key, a config another one shadows).
    if (isConfigFileName(basename(filePath)) && isFile(filePath)) {
      if (loaded.filePath === filePath) related.configFiles.add(filePath);
      continue;
    }
    if (isTemplateOf(filePath, loaded)) related.templates.add(filePath);
    else related.documents.push(input);
  }
  related.bringsDocuments = related.configFiles.size > 0 || related.templates.size > 0;
  return related;
}

/** A template the config names: by a `templates` entry, by path in a `documents` entry, or a built-in. */
function isTemplateOf(filePath: string, loaded: LoadedConfig): boolean {
  if (templateOfFile(filePath, loaded) !== null) return true;
  return loaded.config.documents.some((entry) => findTemplate(entry.template, entryDir(entry, loaded), loaded)?.path === filePath);
}

/** Of the `mapped` documents, those a named config applies to or whose `documents` entry names a named template. */
async function followingRelated(mapped: readonly string[], related: RelatedInputs, configs: ConfigSource): Promise<string[]> {
  const following: string[] = [];
  for (const filePath of mapped) {
    const loaded = await configs.forFolder(dirname(filePath));
    const configFiles = [loaded.filePath, ...(loaded.parents ?? []).map((parent) => parent.filePath)];
    const match = matchDocumentsEntry(filePath, loaded);
    const template = match === null ? null : findTemplate(match.entry.template, entryDir(match.entry, loaded), loaded);
    if (configFiles.some((file) => file !== null && related.configFiles.has(file)) || (template !== null && related.templates.has(template.path))) {
      following.push(filePath);
    }
  }
  return following;
}

async function expand(
  request: PlanRequest,
  configs: ConfigSource,
  inputs: readonly string[],
  exclusions: readonly Exclusion[],
  markdownOnly = false,
): Promise<ExpandResult> {
  const { cwd } = request;
  const noIgnore = request.noIgnore ?? false;
  try {
    return await expandInputs(inputs, {
      cwd,
      configIgnore: configIgnoreLookup(configs),
      exclusions: [...exclusions, ...(noIgnore ? [] : ignorePatterns(request.ignorePatterns ?? []))],
      noIgnore,
      errorOnUnmatchedPattern: request.errorOnUnmatchedPattern !== false,
      markdownOnly,
    });
  } catch (error) {
    if (error instanceof NoFilesError) throw new UserError(error.message);
    throw error;
  }
}

/** Every template a name reaches (the configured ones, then the built-ins they do not shadow), compiled. */
async function detectionCandidates(config: LoadedConfig, loadTemplate: TemplateLoader): Promise<DetectionCandidate[]> {
  const templates = knownTemplateNames(config.config).map((name) => findTemplate(name, config.dir, config)!);
  return Promise.all(templates.map(async (template) => detectionCandidate(await loadTemplate(template))));
}

/**
 * Chooses a read document's template (DESIGN §5): the plan entry, then the document's frontmatter
 * and headings; a `documents` entry's `when:` clauses apply by the document's own metadata.
 */
export function chooseTemplate(file: PlannedFile, outline: Outline): TemplateChoice {
  if (file.forced !== null) return { kind: 'template', template: file.forced, via: 'option', reason: 'from --template' };
  const value = outline.frontmatter?.data?.['template'];
  if (value !== undefined && value !== null && (typeof value !== 'string' || value.trim() === '')) {
    return { kind: 'invalid', message: 'Frontmatter "template:" must be a template name or path' };
  }
  const frontmatterTemplate = typeof value === 'string' ? value.trim() : undefined;
  const { config, detection } = file.selection;
  const selected = selectFromDocument(file.filePath, frontmatterTemplate, config);
  if (selected.error !== undefined) return { kind: 'invalid', message: selected.error };
  let choice: TemplateChoice;
  if (selected.template !== null) {
    const via = frontmatterTemplate === undefined ? 'documents' : 'frontmatter';
    const { template, applied } = templateForDocument(selected.template, outline);
    const reason = applied.length === 0 ? selected.reason : `${selected.reason}, with ${applied.join(', ')}`;
    choice = { kind: 'template', template, via, reason };
  } else if (config.config.detect) {
    const detected = detectTemplate(headingTexts(outline.root), detection);
    if (detected.name === null) return { kind: 'skip', reason: `${selected.reason}; ${detected.reason}` };
    const template = findTemplate(detected.name, config.dir, config)!;
    choice = { kind: 'template', template, via: 'detect', reason: detected.reason };
  } else {
    return { kind: 'skip', reason: selected.reason };
  }
  if (!file.explicit && choice.template.path === file.filePath) return { kind: 'skip', reason: 'it is its own template' };
  return choice;
}

function headingTexts(section: Section): string[] {
  return section.children.flatMap((child) => [child.heading?.text ?? '', ...headingTexts(child)]);
}
