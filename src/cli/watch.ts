/**
 * `guidelint check --watch`: a first check as `check` runs it, then, as remark-cli's `--watch`
 * does, a check of what changed each time something does: a changed or new document is checked
 * again (a deleted one dropped), every document that follows a changed template is, and every
 * document is when the config changes. Each time the report of the documents checked again is
 * printed (the conformance formats, about the whole repository, print all of it), and `--output`
 * is written again with the whole report. Ctrl-C (or SIGTERM) stops it, with exit code 0.
 *
 * Folders are watched one by one (those holding the planned documents, their parents up to the
 * working folder, the config's and the templates'), not recursively: a repository's node_modules
 * would cost a watch per folder.
 */
import { statSync, watch, type FSWatcher } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { CONFIG_FILE_NAMES } from '../config/load.js';
import { packageVersion } from '../config/package-root.js';
import type { LoadedConfig } from '../config/types.js';
import { cacheFilePath, LintCache } from '../engine/cache.js';
import { createCachedTemplateLoader } from '../engine/cached-template-loader.js';
import { oneLine } from '../engine/errors.js';
import { lintFiles, type FileOutcome } from '../engine/lint-files.js';
import type { Plan, PlannedFile } from '../engine/plan.js';
import { errorsOnly, totalCounts, type LintResult } from '../engine/results.js';
import type { TemplateLoader } from '../engine/template-loader.js';
import { displayPath } from '../files/display-path.js';
import { CONFORMANCE_FORMATS, loadFormatter, type Formatter } from '../report/index.js';
import type { CheckCommand } from './args.js';
import { formatterContext, loadCheckConfig, planFiles } from './commands/check.js';
import type { CliIo } from './io.js';
import { recordingLoader, runDetails, type LoadedTemplates } from './run-details.js';
import { writeReport } from './write-output.js';

/** Changes closer together than this are checked together (an editor's save is several events). */
const SETTLE_MS = 60;

const NEVER_WATCHED = new Set(['node_modules', '.git']);

interface Session {
  command: CheckCommand;
  io: CliIo;
  formatter: Formatter;
  cache: LintCache | undefined;
  /** The report file (`--output`), absolute: its own writes are no change. */
  outputPath: string | undefined;
  config: LoadedConfig;
  loaded: LoadedTemplates;
  loadTemplate: TemplateLoader;
  results: Map<string, LintResult>;
  outcomes: Map<string, FileOutcome>;
  /** The last plan's documents, in plan order. */
  planned: string[];
}

export async function runWatch(command: CheckCommand, io: CliIo): Promise<number> {
  const cache = command.cache ? LintCache.open(cacheFilePath(io.cwd, command.cacheLocation), packageVersion()) : undefined;
  const loaded: LoadedTemplates = { schemas: new Map(), paths: new Map() };
  const session: Session = {
    command,
    io,
    formatter: await loadFormatter(command.format),
    cache,
    outputPath: command.output === undefined ? undefined : resolve(io.cwd, command.output),
    config: await loadCheckConfig(command, io),
    loaded,
    loadTemplate: recordingLoader(createCachedTemplateLoader(io.cwd, cache), loaded),
    results: new Map(),
    outcomes: new Map(),
    planned: [],
  };
  const ignored = new Set([session.outputPath, cache?.location].filter((path) => path !== undefined));
  const watchers = new Map<string, FSWatcher>();
  const changed = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;

  const watchFolder = (folder: string): void => {
    if (watchers.has(folder) || NEVER_WATCHED.has(basename(folder))) return;
    try {
      const watcher = watch(folder, (_event, name) => noticed(name === null ? folder : join(folder, name.toString())));
      watcher.on('error', () => {
        watcher.close();
        watchers.delete(folder);
      });
      watchers.set(folder, watcher);
    } catch {
      // Gone or unreadable: the next plan says what became of its documents.
    }
  };
  const watchPlan = (): void => {
    const files = [...session.planned, ...session.loaded.paths.values(), ...(session.config.filePath ? [session.config.filePath] : [io.cwd + sep])];
    for (const file of files) {
      for (let folder = dirname(file); ; folder = dirname(folder)) {
        watchFolder(folder);
        if (!folder.startsWith(io.cwd + sep) || dirname(folder) === folder) break;
      }
    }
  };
  const noticed = (path: string): void => {
    if (stopped || ignored.has(path)) return;
    if (isFolder(path)) watchFolder(path);
    changed.add(path);
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(async () => {
        const paths = new Set(changed);
        changed.clear();
        if (!stopped) await checkChanges(session, paths, () => stopped);
        if (!stopped) watchPlan();
      });
    }, SETTLE_MS);
  };

  await checkFiles(session, (plan) => plan.files, () => false, true);
  watchPlan();
  io.stderr.write('guidelint: watching for changes (Ctrl-C to stop)\n');
  return new Promise((resolveExit) => {
    const stop = (): void => {
      stopped = true;
      clearTimeout(timer);
      for (const watcher of watchers.values()) watcher.close();
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void running.then(() => resolveExit(0));
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/** Checks what the changed paths call for; a config or template that became unusable is one line on stderr, and the watch goes on. */
async function checkChanges(session: Session, paths: ReadonlySet<string>, isStopped: () => boolean): Promise<void> {
  const { io } = session;
  try {
    if ([...paths].some((path) => isConfigFile(path, session.config))) {
      session.config = await loadCheckConfig(session.command, io);
      session.results.clear();
      session.outcomes.clear();
      renewLoader(session);
      await checkFiles(session, (plan) => plan.files, isStopped, false);
      return;
    }
    const templates = new Set([...session.loaded.paths].filter(([, path]) => paths.has(path)).map(([name]) => name));
    if (templates.size > 0) renewLoader(session);
    await checkFiles(
      session,
      (plan) =>
        plan.files.filter(({ filePath }) => {
          const template = session.results.get(filePath)?.template;
          return paths.has(filePath) || !session.outcomes.has(filePath) || (typeof template === 'string' && templates.has(template));
        }),
      isStopped,
      false,
    );
  } catch (error) {
    io.stderr.write(`guidelint: ${oneLine(error instanceof Error ? error.message : String(error))}\n`);
  }
}

/** A fresh loader (templates are compiled again), keeping the schemas known so far for the report. */
function renewLoader(session: Session): void {
  session.loadTemplate = recordingLoader(createCachedTemplateLoader(session.io.cwd, session.cache), session.loaded);
}

function isConfigFile(path: string, config: LoadedConfig): boolean {
  return path === config.filePath || (CONFIG_FILE_NAMES as readonly string[]).includes(basename(path));
}

/** Plans again, lints the files `select` picks from the plan, and reports. */
async function checkFiles(session: Session, select: (plan: Plan) => PlannedFile[], isStopped: () => boolean, first: boolean): Promise<void> {
  const { command, io } = session;
  const plan = await planFiles(command, session.config, session.loadTemplate, io);
  if (first) for (const warning of plan.warnings) io.stderr.write(`guidelint: warning: ${warning}\n`);
  const planned = new Set(plan.files.map((file) => file.filePath));
  const removed = session.planned.filter((filePath) => !planned.has(filePath));
  for (const filePath of removed) {
    session.results.delete(filePath);
    session.outcomes.delete(filePath);
  }
  session.planned = plan.files.map((file) => file.filePath);
  const files = select(plan);
  if (files.length === 0 && removed.length === 0) return;
  const run = await lintFiles(
    { ...plan, files },
    { parser: command.parser, cwd: io.cwd, loadTemplate: session.loadTemplate, cache: session.cache, concurrency: command.concurrency, directives: command.directives },
  );
  if (isStopped()) return;
  for (const file of files) session.results.delete(file.filePath);
  for (const outcome of run.outcomes) session.outcomes.set(outcome.filePath, outcome);
  for (const result of run.results) session.results.set(result.filePath, result);
  await report(session, command.quiet ? errorsOnly(run.results) : run.results, first);
}

async function report(session: Session, checked: LintResult[], first: boolean): Promise<void> {
  const { command, io } = session;
  const all = session.planned.flatMap((filePath) => session.results.get(filePath) ?? []);
  const everything = command.quiet ? errorsOnly(all) : all;
  const context = formatterContext(command, io, runDetails(session.config, [...session.outcomes.values()], session.loaded, command.output, io));
  const whole = (CONFORMANCE_FORMATS as readonly string[]).includes(command.format);
  if (session.outputPath !== undefined) await writeReport(session.outputPath, session.formatter(everything, context), io.stdout);
  else io.stdout.write(session.formatter(whole ? everything : checked, context));
  if (first) return;
  const { errorCount, warningCount } = totalCounts(checked);
  const names = checked.map((result) => displayPath(result.filePath, io.cwd));
  const shown = names.length <= 3 ? names.join(', ') : `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`;
  const what = names.length === 0 ? 'nothing left to check' : `checked ${shown}`;
  io.stderr.write(`guidelint: ${what}: ${plural(errorCount, 'error')}, ${plural(warningCount, 'warning')}\n`);
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
