/**
 * The engine: lints every planned file (lint-file.ts: read, decode, outline, template, rules),
 * reusing the runs the cache still holds, in worker threads when there is enough work to pay for
 * them (concurrency.ts), else in this thread. Results come out in plan order whatever the scheduling.
 */
import { statSync } from 'node:fs';
import { entryDir, findTemplate, type SelectedTemplate } from '../config/select.js';
import { cacheEntryOf, reusableRun, runSettingsHash } from './cache-reuse.js';
import type { LintCache } from './cache.js';
import { createCachedTemplateLoader } from './cached-template-loader.js';
import { threadCount, type Concurrency } from './concurrency.js';
import { createTextInterner } from './interned-texts.js';
import type { FileOutcome, FileRun, FileSettings } from './lint-file.js';
import type { DirectiveSettings } from './lint-outline.js';
import type { ParserName } from './parsers.js';
import type { Plan, PlannedFile, SelectionContext } from './plan.js';
import type { LintResult } from './results.js';
import { templateKey, type TemplateLoader } from './template-loader.js';
import { lintInWorkers, workersAvailable, type WorkerRuns } from './workers.js';

export type { FileOutcome } from './lint-file.js';

export interface LintFilesOptions {
  parser: ParserName;
  /** What template paths in error messages are shown relative to. */
  cwd: string;
  /** Share one across runs (an editor session) to compile each template once; default: a new one. */
  loadTemplate?: TemplateLoader;
  /** Threads to lint with (default `auto`: up to the available cores, as the work pays for; concurrency.ts). */
  concurrency?: Concurrency;
  /** Reuse the runs of unchanged files, and store this run's (saved before `lintFiles` resolves). */
  cache?: LintCache;
  /** `--no-inline-config`, `--report-unused-disable-directives`. */
  directives?: DirectiveSettings;
  /**
   * Whether the results carry each checked document's coverage (default true): the conformance
   * report reads it, the other formats do not, and it costs a little per document.
   */
  coverage?: boolean;
  /** Called as each file of the plan is linted or taken from the cache, in whatever order they finish. */
  onProgress?: (done: number, total: number) => void;
}

export interface LintRun {
  /** One per file read (checked, or not checked with a fatal message), in plan order. */
  results: LintResult[];
  /** One per file of the plan, skipped ones included, sorted by path. */
  outcomes: FileOutcome[];
  /** How the run went, for `--verbose`. */
  stats: LintStats;
}

export interface LintStats {
  /** Files checked against a template in this run (not those that follow none, nor unreadable ones). */
  linted: number;
  /** Files checked whose stored run the cache gave back. */
  reused: number;
  /** Threads the files were linted in: 1 is this thread, more are workers. */
  threads: number;
  /** Files linted in this thread because their worker ran out of memory (a huge document). */
  tooBigForWorkers: number;
}

/**
 * Lints every file of the plan. A document that cannot be read gets one fatal message and the run
 * goes on; a template given on the command line that cannot be used throws a UserError, as does a
 * cache that cannot be written.
 */
export async function lintFiles(plan: Plan, options: LintFilesOptions): Promise<LintRun> {
  const { cache } = options;
  const loadTemplate = options.loadTemplate ?? createCachedTemplateLoader(options.cwd, cache);
  const settings: FileSettings = {
    parser: options.parser,
    hashContent: cache !== undefined,
    directives: options.directives ?? {},
    coverage: options.coverage ?? true,
  };
  const settingsHashes = cache === undefined ? [] : plan.files.map((file) => runSettingsHash(settings, file));
  const intern = createTextInterner();
  let done = 0;
  const keep = (run: FileRun): FileRun => {
    options.onProgress?.(++done, plan.files.length);
    return intern(run);
  };

  const runs: FileRun[] = new Array(plan.files.length);
  const pending: number[] = [];
  for (const [index, file] of plan.files.entries()) {
    const reused = cache && (await reusableRun(cache, file, settingsHashes[index]!, loadTemplate, settings.coverage));
    if (reused) runs[index] = keep(reused);
    else pending.push(index);
  }

  const files = pending.map((index) => plan.files[index]!);
  const threads = workersAvailable() ? threadCount(options.concurrency ?? 'auto', files.length, () => totalBytes(files)) : 1;
  const fresh = await lintAll(files, threads, settings, loadTemplate, keep);
  for (const [position, index] of pending.entries()) runs[index] = fresh.runs[position]!;

  if (cache !== undefined) {
    for (const index of pending) {
      const entry = await cacheEntryOf(runs[index]!, settingsHashes[index]!, loadTemplate);
      if (entry === null) cache.deleteEntry(plan.files[index]!.filePath);
      else cache.setEntry(plan.files[index]!.filePath, entry);
    }
    cache.save();
  }

  const checked = (run: FileRun): boolean => run.outcome.kind === 'checked';
  const linted = fresh.runs.filter(checked).length;
  const reused = runs.filter(checked).length - linted;
  return assembleRun(plan, runs, { linted, reused, threads, tooBigForWorkers: fresh.tooBigForWorkers });
}

/** The documents' size: what `auto` weighs the threads by. A file that cannot be read counts nothing. */
function totalBytes(files: readonly PlannedFile[]): number {
  let bytes = 0;
  for (const file of files) bytes += file.contents?.length ?? sizeOf(file.filePath);
  return bytes;
}

function sizeOf(filePath: string): number {
  try {
    return statSync(filePath).size;
  } catch {
    return 0;
  }
}

function assembleRun(plan: Plan, runs: readonly FileRun[], stats: LintStats): LintRun {
  const run: LintRun = { results: [], outcomes: plan.skipped.map((file) => ({ kind: 'skipped', ...file })), stats };
  for (const { outcome, result } of runs) {
    run.outcomes.push(outcome);
    if (result) run.results.push(result);
  }
  run.outcomes.sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));
  return run;
}

/**
 * The templates documents will be checked against as far as the plan says without reading them:
 * `--template`, and the templates of the config's `documents` entries. A template that cannot be
 * used is reported when a document needs it.
 */
function likelyTemplates(files: readonly PlannedFile[]): SelectedTemplate[] {
  const templates = new Map<string, SelectedTemplate>();
  const selections = new Set<SelectionContext>();
  for (const file of files) {
    if (file.forced !== null) templates.set(templateKey(file.forced), file.forced);
    else selections.add(file.selection);
  }
  for (const { config } of selections) {
    for (const entry of config.config.documents) {
      const template = findTemplate(entry.template, entryDir(entry, config), config);
      if (template !== null) templates.set(templateKey(template), template);
    }
  }
  return [...templates.values()];
}

/** Lints in workers when asked for more than one thread, else here. */
async function lintAll(
  files: readonly PlannedFile[],
  threads: number,
  settings: FileSettings,
  loadTemplate: TemplateLoader,
  keep: (run: FileRun) => FileRun,
): Promise<WorkerRuns> {
  if (threads > 1) {
    const linted = lintInWorkers(files, threads, settings, loadTemplate, keep);
    // Compiled while the workers start, these templates are ready when the first documents need them.
    for (const template of likelyTemplates(files)) loadTemplate(template).catch(() => undefined);
    return linted;
  }
  const runs: FileRun[] = [];
  if (files.length === 0) return { runs, tooBigForWorkers: 0 };
  // Imported here: a run the cache or the workers serve never loads the parser and the rules.
  const { lintFile } = await import('./lint-file.js');
  for (const file of files) runs.push(keep(await lintFile(file, loadTemplate, settings)));
  return { runs, tooBigForWorkers: 0 };
}
