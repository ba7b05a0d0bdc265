/**
 * The engine: each planned file is read, decoded, outlined, given its template and linted. File
 * reads happen here; decoding, template choice, outlining and linting are pure.
 */
import { readFile } from 'node:fs/promises';
import { lintOutline } from '../lint/lint-outline.js';
import type { Finding } from '../lint/types.js';
import { buildOutline } from '../outline/index.js';
import type { Outline } from '../outline/types.js';
import type { GuideSchema } from '../template/schema.js';
import { decodeDocument } from './decode.js';
import { describeFsError, oneLine, UserError } from './errors.js';
import type { ParserName } from './parsers.js';
import { chooseTemplate, type Plan, type PlannedFile, type TemplateVia } from './plan.js';
import { fatalFinding, makeResult, type LintResult } from './results.js';
import { createTemplateLoader, type TemplateLoader } from './template-loader.js';

export interface LintFilesOptions {
  parser: ParserName;
  /** What template paths in error messages are shown relative to. */
  cwd: string;
  /** Share one across runs (an editor session) to compile each template once; default: a new one. */
  loadTemplate?: TemplateLoader;
}

/** What happened to one file, for `--verbose`. */
export type FileOutcome =
  | { kind: 'checked'; filePath: string; template: string; via: TemplateVia }
  /** Not checked: the fatal message says why. */
  | { kind: 'fatal'; filePath: string; message: string }
  | { kind: 'skipped'; filePath: string; reason: string };

export interface LintRun {
  /** One per file read (checked, or not checked with a fatal message), in plan order. */
  results: LintResult[];
  /** One per file of the plan, skipped ones included, sorted by path. */
  outcomes: FileOutcome[];
}

/**
 * Lints every file of the plan. A document that cannot be read gets one fatal message and the run
 * goes on; a template given on the command line that cannot be used throws a UserError.
 */
export async function lintFiles(plan: Plan, options: LintFilesOptions): Promise<LintRun> {
  const loadTemplate = options.loadTemplate ?? createTemplateLoader(options.cwd);
  const run: LintRun = { results: [], outcomes: plan.skipped.map((file) => ({ kind: 'skipped', ...file })) };
  for (const file of plan.files) {
    const { outcome, result } = await lintFile(file, loadTemplate, options.parser);
    run.outcomes.push(outcome);
    if (result) run.results.push(result);
  }
  run.outcomes.sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));
  return run;
}

interface FileRun {
  outcome: FileOutcome;
  result?: LintResult;
}

async function lintFile(file: PlannedFile, loadTemplate: TemplateLoader, parser: ParserName): Promise<FileRun> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file.filePath);
  } catch (error) {
    return notChecked(file, fatalFinding(`Cannot read file: ${describeFsError(error)}`));
  }
  const decoded = decodeDocument(bytes);
  if (!decoded.ok) {
    const { message, line, column } = decoded.problem;
    return notChecked(file, fatalFinding(message, line, column));
  }
  const outline = buildOutline(decoded.text, parser);
  const frontmatterError = outline.frontmatter?.error;
  if (frontmatterError) {
    return notChecked(file, fatalFinding(oneLine(frontmatterError), ...frontmatterErrorPosition(frontmatterError)));
  }
  const choice = chooseTemplate(file, outline.frontmatter?.data?.['template']);
  if (choice.kind === 'skip') return { outcome: { kind: 'skipped', filePath: file.filePath, reason: choice.reason } };
  if (choice.kind === 'invalid') return notChecked(file, fatalFinding(choice.message, ...templateKeyPosition(outline)));
  let schema: GuideSchema;
  try {
    schema = await loadTemplate(choice.template);
  } catch (error) {
    // A template the document names is that document's problem; one given on the command line stops the run.
    if (choice.via === 'frontmatter' && error instanceof UserError) {
      const message = `Cannot use the frontmatter's template: ${error.message}`;
      return notChecked(file, fatalFinding(message, ...templateKeyPosition(outline)));
    }
    throw error;
  }
  const messages = lintOutline(outline, schema);
  return {
    outcome: { kind: 'checked', filePath: file.filePath, template: choice.template.name, via: choice.via },
    result: makeResult(file.filePath, choice.template.name, messages, decoded.text),
  };
}

function notChecked(file: PlannedFile, message: Finding): FileRun {
  return {
    outcome: { kind: 'fatal', filePath: file.filePath, message: message.message },
    result: makeResult(file.filePath, file.forced?.name ?? null, [message]),
  };
}

/**
 * Where the YAML error is: the outline ends its message with the document position
 * (`… at line 2, column 17`); the top of the file when it does not.
 */
function frontmatterErrorPosition(error: string): [number, number] {
  const place = /at line (\d+), column (\d+)$/.exec(error);
  return place ? [Number(place[1]), Number(place[2])] : [1, 1];
}

/** The line and column of the frontmatter's `template` field, else the top of the file. */
function templateKeyPosition(outline: Outline): [number, number] {
  const field = outline.metadata.find((entry) => entry.form === 'frontmatter' && entry.key === 'template');
  return field ? [field.span.start.line, field.span.start.column] : [1, 1];
}
