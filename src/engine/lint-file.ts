/**
 * One document through the pipeline: read, decode, outline, choose its template, lint. The same
 * function runs in the main thread and in worker threads, so everything it takes and returns is
 * plain data except the template loader, which a worker backs with requests to the main thread.
 * Reading the document is its only I/O (besides whatever the loader does).
 */
import { readFileSync, statSync } from 'node:fs';
import type { SelectedTemplate } from '../config/select.js';
import { lintDocument, type DirectiveSettings } from './lint-outline.js';
import type { Finding } from '../lint/types.js';
import { outlineFromMarkdownIt } from '../outline/from-markdown-it.js';
import type { Outline } from '../outline/types.js';
import type { GuideSchema } from '../template/schema.js';
import { contentHash as hashOf, fileStamp, type FileStamp } from './content-hash.js';
import { decodeDocument } from './decode.js';
import { describeFsError, oneLine, UserError } from './errors.js';
import type { ParserName } from './parsers.js';
import { chooseTemplate, type PlannedFile, type TemplateVia } from './plan.js';
import { fatalFinding, makeResult, type LintResult } from './results.js';
import type { TemplateLoader } from './template-loader.js';
import { lintOptionsOf } from './templates.js';

/** What happened to one file, for `--verbose`. */
export type FileOutcome =
  /** `reason` says where the template came from: `from documents[0] "docs/**"`. */
  | { kind: 'checked'; filePath: string; template: string; via: TemplateVia; reason: string }
  /** Not checked: the fatal message says why. */
  | { kind: 'fatal'; filePath: string; message: string }
  | { kind: 'skipped'; filePath: string; reason: string };

/** How every file of a run is linted. */
export interface FileSettings {
  parser: ParserName;
  /** Hash each document's bytes, for the cache. */
  hashContent: boolean;
  /** Give each checked document's result its coverage (the conformance report reads it). */
  coverage: boolean;
  directives: DirectiveSettings;
}

/**
 * What the cache needs to reuse a file's run: set only when the run depended on nothing but the
 * document's bytes, its plan entry, the settings and (if it has one) its template's schema.
 */
export interface Reusable {
  contentHash: string;
  /** Taken before the read; null when the file was too recently changed to trust it. */
  stamp: FileStamp | null;
  /** The template the document was checked against, or null when it was not checked. */
  template: SelectedTemplate | null;
}

export interface FileRun {
  outcome: FileOutcome;
  /** Absent for a skipped file. */
  result?: LintResult;
  reusable?: Reusable;
}

/**
 * Lints one planned file. A document that cannot be read gets one fatal message; a template named
 * by the document's frontmatter that cannot be used is that document's fatal message; any other
 * template that cannot be used rejects (a UserError: the run stops).
 */
export async function lintFile(file: PlannedFile, loadTemplate: TemplateLoader, settings: FileSettings): Promise<FileRun> {
  let bytes: Uint8Array;
  let stamp: FileStamp | null = null;
  try {
    if (settings.hashContent && file.contents === undefined) stamp = fileStamp(statSync(file.filePath));
    bytes = file.contents ?? readFileSync(file.filePath);
  } catch (error) {
    return notChecked(file, fatalFinding(`Cannot read file: ${describeFsError(error)}`));
  }
  const contentHash = settings.hashContent ? hashOf(bytes) : undefined;
  const reusable = (template: SelectedTemplate | null): Pick<FileRun, 'reusable'> =>
    contentHash === undefined ? {} : { reusable: { contentHash, stamp, template } };

  const decoded = decodeDocument(bytes);
  if (!decoded.ok) {
    const { message, line, column } = decoded.problem;
    return { ...notChecked(file, fatalFinding(message, line, column)), ...reusable(null) };
  }
  const outline = await outlineOf(decoded.text, settings.parser);
  const frontmatterError = outline.frontmatter?.error;
  if (frontmatterError) {
    const fatal = fatalFinding(oneLine(frontmatterError), ...frontmatterErrorPosition(frontmatterError));
    return { ...notChecked(file, fatal), ...reusable(null) };
  }
  const choice = chooseTemplate(file, outline);
  if (choice.kind === 'skip') {
    return { outcome: { kind: 'skipped', filePath: file.filePath, reason: choice.reason }, ...reusable(null) };
  }
  if (choice.kind === 'invalid') {
    return { ...notChecked(file, fatalFinding(choice.message, ...templateKeyPosition(outline))), ...reusable(null) };
  }
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
  const { messages, coverage } = lintDocument(outline, schema, {
    ...lintOptionsOf(choice.template),
    ...settings.directives,
    coverage: settings.coverage,
  });
  const { name } = choice.template;
  return {
    outcome: { kind: 'checked', filePath: file.filePath, template: name, via: choice.via, reason: choice.reason },
    result: makeResult(file.filePath, name, messages, coverage),
    ...reusable(choice.template),
  };
}

/** markdown-it is loaded with this module; remark only for `--parser remark` (it costs ~100 ms to load). */
async function outlineOf(text: string, parser: ParserName): Promise<Outline> {
  if (parser === 'remark') return (await import('../outline/from-remark.js')).outlineFromRemark(text);
  return outlineFromMarkdownIt(text);
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
