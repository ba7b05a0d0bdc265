/**
 * `--fix` and `--fix-dry-run`, after the lint run: each file with a fix is read again, fixed pass
 * after pass (src/fix, pure) against the template and severities the run chose for it, then written
 * back atomically (`--fix`; a read-only file is refused) or shown as a diff (`--fix-dry-run`). Only
 * the fixes' text changes: line endings, byte-order mark, frontmatter and every other byte stay as
 * they were.
 */
import { readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { decodeDocument } from '../engine/decode.js';
import { describeFsError, UserError } from '../engine/errors.js';
import type { LintRun } from '../engine/lint-files.js';
import { lintDocument, type DirectiveSettings } from '../engine/lint-outline.js';
import type { ParserName } from '../engine/parsers.js';
import { chooseTemplate, type Plan, type PlannedFile } from '../engine/plan.js';
import { makeResult, type LintResult } from '../engine/results.js';
import type { TemplateLoader } from '../engine/template-loader.js';
import { lintOptionsOf } from '../engine/templates.js';
import { replaceOrWriteThrough } from '../files/atomic-write.js';
import { displayPath } from '../files/display-path.js';
import { permitsWriting } from '../files/permissions.js';
import { fixSource } from '../fix/fix-source.js';
import { unifiedDiff } from '../fix/unified-diff.js';
import type { Coverage } from '../lint/coverage.js';
import type { Finding } from '../lint/types.js';
import { outlineFromMarkdownIt } from '../outline/from-markdown-it.js';
import type { Outline } from '../outline/types.js';

export interface FixFilesOptions {
  parser: ParserName;
  /** The run's loader: the schemas it compiled are reused. */
  loadTemplate: TemplateLoader;
  /** What diff headers and messages show paths relative to. */
  cwd: string;
  /** true: write the fixed files (`--fix`); false: only say what would change (`--fix-dry-run`). */
  write: boolean;
  /** As the run read the control comments. */
  directives: DirectiveSettings;
}

export interface FixedRun {
  /** The run's results, those of the fixed files replaced by what is left in them. */
  results: LintResult[];
  /** The unified diff of every file that changed (or would change), in plan order. */
  diff: string;
  /** How many files changed (or would change). */
  changed: number;
  /** How many findings the fixes repaired (or would repair), in all files. */
  fixed: number;
  /** Why a file with fixes was left as it was (it is read-only), one line each. */
  refused: string[];
}

/** Fixes every file of the run that has a fix; a file that cannot be read again keeps its findings. */
export async function fixFiles(plan: Plan, run: LintRun, options: FixFilesOptions): Promise<FixedRun> {
  const planned = new Map(plan.files.map((file) => [file.filePath, file]));
  const outlineOf = await outlineBuilder(options.parser);
  const fixed: FixedRun = { results: [], diff: '', changed: 0, fixed: 0, refused: [] };
  for (const result of run.results) {
    const file = planned.get(result.filePath);
    const fixable = file !== undefined && result.messages.some((message) => message.fix);
    const change = fixable ? await fixFile(file, outlineOf, options) : null;
    const shown = displayPath(result.filePath, options.cwd);
    const changed = change !== null && change.output !== change.text;
    const refusal = changed && options.write ? await writeFixed(result.filePath, change.output, shown) : null;
    if (change === null || refusal !== null) {
      if (refusal !== null) fixed.refused.push(refusal);
      fixed.results.push(result);
      continue;
    }
    fixed.results.push(makeResult(result.filePath, result.template, change.messages, change.coverage));
    if (!changed) continue;
    fixed.diff += unifiedDiff(change.text, change.output, { from: `a/${shown}`, to: `b/${shown}` });
    fixed.changed += 1;
    fixed.fixed += change.fixed;
  }
  return fixed;
}

interface FileChange {
  /** The document as read. */
  text: string;
  output: string;
  /** The findings left in `output`. */
  messages: Finding[];
  /** How many findings the fixes repaired. */
  fixed: number;
  /** Where `output` has the template's sections and fields. */
  coverage: Coverage | null;
}

/** Reads the document again and fixes it; null when it can no longer be read or follows no template now. */
async function fixFile(file: PlannedFile, outlineOf: OutlineBuilder, options: FixFilesOptions): Promise<FileChange | null> {
  const text = readText(file);
  if (text === null) return null;
  const linter = await linterFor(file, outlineOf(text), outlineOf, options);
  if (linter === null) return null;
  const fixedSource = fixSource(text, linter.lint);
  return { text, ...fixedSource, coverage: linter.coverageOf(fixedSource.output) };
}

interface Linter {
  lint: (text: string) => Finding[];
  /** The coverage of a text `lint` was given (the fixed output is one). */
  coverageOf: (text: string) => Coverage | null;
}

type OutlineBuilder = (text: string) => Outline;

/** markdown-it unless the run asked for remark (loaded only then: it costs ~100 ms). */
async function outlineBuilder(parser: ParserName): Promise<OutlineBuilder> {
  if (parser === 'remark') return (await import('../outline/from-remark.js')).outlineFromRemark;
  return outlineFromMarkdownIt;
}

/** The document's text as it is on disk now (or as standard input gave it), or null when it can no longer be read as text. */
function readText(file: PlannedFile): string | null {
  try {
    const decoded = decodeDocument(file.contents ?? readFileSync(file.filePath));
    return decoded.ok ? decoded.text : null;
  } catch {
    return null;
  }
}

/** Lints a version of the document as the run linted the file: same template choice, severities and control comments. */
async function linterFor(
  file: PlannedFile,
  outline: Outline,
  outlineOf: OutlineBuilder,
  { loadTemplate, directives }: FixFilesOptions,
): Promise<Linter | null> {
  if (outline.frontmatter?.error) return null;
  const choice = chooseTemplate(file, outline);
  if (choice.kind !== 'template') return null;
  const schema = await loadTemplate(choice.template);
  const coverages = new Map<string, Coverage | null>();
  return {
    lint: (text) => {
      const linted = lintDocument(outlineOf(text), schema, { ...lintOptionsOf(choice.template), ...directives });
      coverages.set(text, linted.coverage);
      return linted.messages;
    },
    coverageOf: (text) => coverages.get(text) ?? null,
  };
}

/**
 * Writes the fixed text over the file (see replaceOrWriteThrough: atomically, keeping links), or
 * refuses, as editors do, when the file is read-only: says why in one line, else null.
 */
async function writeFixed(filePath: string, text: string, shown: string): Promise<string | null> {
  try {
    if (!permitsWriting(await stat(filePath))) return `"${shown}" not fixed: the file is read-only`;
    await replaceOrWriteThrough(filePath, text);
    return null;
  } catch (error) {
    throw new UserError(`cannot write the fixed "${shown}": ${describeFsError(error)}`);
  }
}
