/**
 * The run plan: which files to check and how each one's template is chosen. Files come from the
 * command line's inputs (files, folders, globs), else the config's `documents` globs, else `.`,
 * with ignore rules applied (src/files). A template is chosen in DESIGN §5's order: `--template`,
 * the document's frontmatter `template:`, the first matching `documents` entry, then (with
 * `detect: true`) the template whose headings the document shares most; else the file is skipped.
 *
 * A file that is a template is never checked when a folder, glob or `documents` entry reached it;
 * named on the command line, it is checked like any other (a template checked against itself
 * reports its placeholders).
 */
import { resolve } from 'node:path';
import { detectionCandidate, detectTemplate, type DetectionCandidate } from '../config/detect.js';
import { findTemplate, selectFromDocument, templateOfFile, type SelectedTemplate } from '../config/select.js';
import { templateForDocument } from '../config/when.js';
import { knownTemplateNames } from '../config/templates.js';
import type { LoadedConfig } from '../config/types.js';
import { displayPath } from '../files/display-path.js';
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
   * but those means the config's `documents` globs, else `.`.
   */
  inputs: readonly string[];
  /** `--ignore-pattern`s: globs relative to `cwd` whose files are left out. */
  ignorePatterns?: readonly string[];
  /** `--no-ignore`: .gitignore, .guidelintignore, the config's `ignore` and `--ignore-pattern` do not apply. */
  noIgnore?: boolean;
  /** false (`--no-error-on-unmatched-pattern`): a pattern that matches no file is a warning, not a UserError. */
  errorOnUnmatchedPattern?: boolean;
  /** `--template <name|path>`: the template of every file. */
  template?: string;
  config: LoadedConfig;
  /** Compiles the templates `detect: true` chooses among. */
  loadTemplate: TemplateLoader;
}

/** What chooses the template of a document once it is read; one object, shared by a plan's files. */
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
  /** The command line named no file, folder or glob: the files are the config's `documents`, else `.`. */
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
 * pattern that matches no file, and lets a ConfigError from a template's overrides through.
 */
export async function planRun(request: PlanRequest): Promise<Plan> {
  const { cwd, config } = request;
  const forced = request.template === undefined ? null : resolveTemplate(request.template, cwd, config);
  const patterns = splitPatterns(request.inputs);
  const refused = refusedPattern(patterns, request.ignorePatterns ?? []);
  if (refused !== null) throw new UserError(refused);
  const noInputs = patterns.inputs.length === 0;
  const fromDocuments = noInputs && config.config.documents.length > 0;
  const sources: PlannedInput[] = fromDocuments
    ? documentsGlobs(config, cwd)
    : (noInputs ? ['.'] : patterns.inputs).map((input) => ({ input, entry: null }));
  const expanded = await expand(request, sources.map(({ input }) => input), patterns.exclusions, fromDocuments);
  const named = new Set(fromDocuments ? [] : patterns.inputs.map((input) => resolve(cwd, input)));
  const selection = await selectionContext(config, forced, request.loadTemplate);
  const unmatched = expanded.unmatched.map(({ input, why }) => {
    const source = sources.find((candidate) => candidate.input === input);
    if (!source?.entry || config.filePath === null) return describeUnmatched(input, why);
    return `${displayPath(config.filePath, cwd)}: ${source.entry.name}: ${describeUnmatched(source.entry.glob, why)}`;
  });
  const plan: Plan = { files: [], skipped: [], warnings: [...expanded.warnings, ...unmatched], noInputs };
  for (const filePath of expanded.files) {
    const explicit = named.has(filePath);
    const template = explicit ? null : (templateOfFile(filePath, config) ?? (forced?.path === filePath ? forced.name : null));
    if (template === null) plan.files.push({ filePath, explicit, forced, selection });
    else plan.skipped.push({ filePath, reason: `it is the template "${template}"` });
  }
  return plan;
}

/**
 * `--stdin`: the one document standard input holds, planned as the file `stdinFilename` names
 * (it picks the config's `documents` entry), or as `<stdin>` (then only `--template` or the
 * frontmatter's `template:` gives it a template). Like a file named on the command line, it is
 * checked even when it is a template or ignored.
 */
export async function planStdin(request: Omit<PlanRequest, 'inputs'>, contents: Uint8Array, stdinFilename = '<stdin>'): Promise<Plan> {
  const { cwd, config } = request;
  const forced = request.template === undefined ? null : resolveTemplate(request.template, cwd, config);
  const selection = await selectionContext(config, forced, request.loadTemplate);
  const file: PlannedFile = { filePath: resolve(cwd, stdinFilename), contents, explicit: true, forced, selection };
  return { files: [file], skipped: [], warnings: [], noInputs: false };
}

async function selectionContext(config: LoadedConfig, forced: SelectedTemplate | null, loadTemplate: TemplateLoader): Promise<SelectionContext> {
  return { config, detection: config.config.detect && forced === null ? await detectionCandidates(config, loadTemplate) : [] };
}

/** An input relative to `cwd`; for a `documents` glob, the glob as written and where: `documents[1].files`. */
interface PlannedInput {
  input: string;
  entry: { name: string; glob: string } | null;
}

function documentsGlobs(config: LoadedConfig, cwd: string): PlannedInput[] {
  return config.config.documents.flatMap((entry, index) =>
    entry.files.map((glob, position) => ({
      input: fromConfigDir(glob, config.dir, cwd),
      entry: { name: `documents[${index}].files${entry.files.length > 1 ? `[${position}]` : ''}`, glob },
    })),
  );
}

async function expand(
  request: PlanRequest,
  inputs: readonly string[],
  exclusions: readonly Exclusion[],
  fromDocuments: boolean,
): Promise<ExpandResult> {
  const { cwd, config } = request;
  const noIgnore = request.noIgnore ?? false;
  try {
    return await expandInputs(inputs, {
      cwd,
      ignore: config.config.ignore,
      configDir: config.dir,
      exclusions: [...exclusions, ...(noIgnore ? [] : ignorePatterns(request.ignorePatterns ?? []))],
      noIgnore,
      // The config's globs may match nothing yet (a new repository): a warning names the entry.
      errorOnUnmatchedPattern: !fromDocuments && request.errorOnUnmatchedPattern !== false,
      // They name Markdown documents.
      markdownOnly: fromDocuments,
    });
  } catch (error) {
    if (error instanceof NoFilesError) throw new UserError(error.message);
    throw error;
  }
}

/** A `documents` glob (relative to the config's folder) as an input relative to `cwd`. */
function fromConfigDir(glob: string, configDir: string, cwd: string): string {
  const trimmed = glob.startsWith('./') ? glob.slice(2) : glob;
  const prefix = displayPath(configDir, cwd);
  return configDir === resolve(cwd) ? trimmed : `${prefix}/${trimmed}`;
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
