/** `guidelint [check] [files..]`: plan, lint, report, and the exit code. */
import { resolve } from 'node:path';
import { rules } from '../../../rules/index.js';
import { loadConfig } from '../../config/load.js';
import { ConfigLookup, singleConfig, type ConfigSource } from '../../config/lookup.js';
import { packageVersion } from '../../config/package-root.js';
import type { LoadedConfig } from '../../config/types.js';
import { cacheFilePath, LintCache } from '../../engine/cache.js';
import { createCachedTemplateLoader } from '../../engine/cached-template-loader.js';
import { lintFiles, type FileOutcome, type LintRun, type LintStats } from '../../engine/lint-files.js';
import { UserError } from '../../engine/errors.js';
import { planRun, planStdin, type Plan } from '../../engine/plan.js';
import { SchemaStore } from '../../engine/schema-store.js';
import { shardPlan } from '../../engine/shard.js';
import { errorsOnly, totalCounts, type LintResult } from '../../engine/results.js';
import type { TemplateLoader } from '../../engine/template-loader.js';
import { displayPath } from '../../files/display-path.js';
import { loadFormatter, readsCoverage, type FormatterContext, type RunDetails } from '../../report/index.js';
import type { CheckCommand } from '../args.js';
import type { FixedRun } from '../fix-files.js';
import { resultsExitCode } from '../exit-code.js';
import { useColor, type CliIo } from '../io.js';
import { progressOnTerminal } from '../progress.js';
import { repositoryRoot } from '../repo-root.js';
import { everyWithRuleSeverities } from '../rule-option.js';
import { recordingLoader, runDetails, type LoadedTemplates } from '../run-details.js';
import { findingsByRule } from '../rule-stats.js';
import { writeReport } from '../write-output.js';

export async function runCheck(command: CheckCommand, io: CliIo): Promise<number> {
  if (command.watch) return (await import('../watch.js')).runWatch(command, io);
  const configs = await loadCheckConfig(command, io);
  const { config } = configs;
  // Standard input has no file the cache could tell unchanged.
  const cache =
    command.cache && !command.stdin ? LintCache.open(cacheFilePath(io.cwd, command.cacheLocation), packageVersion()) : undefined;
  const loaded: LoadedTemplates = { schemas: new Map(), paths: new Map() };
  const store = io.startupFiles === undefined ? undefined : new SchemaStore(io.startupFiles);
  const loadTemplate = recordingLoader(createCachedTemplateLoader(io.cwd, cache, undefined, store), loaded);
  const wholePlan = command.stdin
    ? await planStdin({ cwd: io.cwd, template: command.template, ...configs, loadTemplate }, await io.readStdin(), command.stdinFilename)
    : await planFiles(command, configs, loadTemplate, io);
  const plan = command.shard === undefined ? wholePlan : shardPlan(wholePlan, command.shard, io.cwd);
  for (const warning of plan.warnings) io.stderr.write(`guidelint: warning: ${warning}\n`);
  const progress = progressOnTerminal(io, plan.files.length);
  let run: LintRun;
  try {
    run = await lintFiles(plan, {
      parser: command.parser,
      cwd: io.cwd,
      loadTemplate,
      cache,
      concurrency: command.concurrency,
      directives: command.directives,
      coverage: readsCoverage(command.format),
      onProgress: progress.update,
    });
  } finally {
    progress.finish();
  }
  if (command.verbose) {
    io.stderr.write(`${describeConfigs(config, plan, io.cwd)}\n`);
    for (const outcome of run.outcomes) io.stderr.write(`${describeOutcome(outcome, io.cwd)}\n`);
    io.stderr.write(`${describeStats(run.stats)}\n`);
  }
  if (run.results.length === 0) {
    // A shard may hold none of a run's files, or none that follows a template: the other shards check them.
    const shard = command.shard !== undefined && wholePlan.files.length > 0 ? command.shard : undefined;
    const why =
      shard !== undefined && plan.files.length === 0
        ? `shard ${shard.index}/${shard.count} holds none of the run's ${wholePlan.files.length} ${wholePlan.files.length === 1 ? 'file' : 'files'} to check`
        : nothingChecked(config, run.outcomes.length, command);
    // Named files that follow no template are fine (a pre-commit hook passes every staged file);
    // a run that chose its own files and found nothing to check is a CI job passing quietly.
    if (plan.noInputs && command.errorOnUnmatchedPattern && shard === undefined) throw new UserError(why);
    io.stderr.write(`guidelint: ${why}\n`);
  }
  const results = command.fix || command.fixDryRun ? await fixRun(command, plan, run, loadTemplate, io) : run.results;
  const formatter = await loadFormatter(command.format);
  const reported = command.quiet ? errorsOnly(results) : results;
  const report = formatter(reported, formatterContext(command, io, runDetails(config, run.outcomes, loaded, command.output, io)));
  // With --fix-dry-run, standard output is the diff: the report goes only to --output.
  if (command.output !== undefined) await writeReport(resolve(io.cwd, command.output), report, io.stdout);
  else if (!command.fixDryRun) io.stdout.write(report);
  if (command.stats) io.stderr.write(findingsByRule(reported));

  return resultsExitCode(results, command.maxWarnings, io.stderr);
}

/** The configs of a check, the command line's `--rule`s over each: `config` is the working folder's. */
export interface CheckConfigs {
  config: LoadedConfig;
  /** Each document's config, found from its folder; with `--config`, that one for every document. */
  lookup: ConfigSource;
}

export async function loadCheckConfig(command: CheckCommand, io: CliIo): Promise<CheckConfigs> {
  const found = command.config === undefined ? new ConfigLookup(io.cwd) : singleConfig(await loadConfig({ cwd: io.cwd, configPath: command.config }));
  const lookup = everyWithRuleSeverities(found, command.ruleSeverities);
  return { config: await lookup.forFolder(io.cwd), lookup };
}

/** The files the command's patterns name (or, without any, those the configs map under the working folder). */
export function planFiles(command: CheckCommand, configs: CheckConfigs, loadTemplate: TemplateLoader, io: CliIo): Promise<Plan> {
  return planRun({
    cwd: io.cwd,
    template: command.template,
    ...configs,
    loadTemplate,
    inputs: command.files,
    ignorePatterns: command.ignorePatterns,
    noIgnore: command.noIgnore,
    errorOnUnmatchedPattern: command.errorOnUnmatchedPattern,
    related: command.related,
  });
}

export function formatterContext(command: Pick<CheckCommand, 'output' | 'color'>, io: CliIo, run?: RunDetails): FormatterContext {
  return {
    cwd: io.cwd,
    rootDir: repositoryRoot(io.cwd),
    rulesMeta: rules.map((rule) => rule.meta),
    color: useColor(io, command.output !== undefined, command.color),
    toolVersion: packageVersion(),
    ...(run === undefined ? {} : { run }),
  };
}

/**
 * `--fix` writes the fixed files, `--fix-dry-run` prints their diff (and says on stderr what it
 * would do); either way the results are what is left to do by hand.
 */
async function fixRun(
  command: CheckCommand,
  plan: Plan,
  run: LintRun,
  loadTemplate: TemplateLoader,
  io: CliIo,
): Promise<LintResult[]> {
  const { fixFiles } = await import('../fix-files.js');
  const fixed = await fixFiles(plan, run, {
    parser: command.parser,
    loadTemplate,
    cwd: io.cwd,
    write: command.fix,
    directives: command.directives,
  });
  for (const refusal of fixed.refused) io.stderr.write(`guidelint: ${refusal}\n`);
  if (command.fixDryRun) io.stdout.write(fixed.diff);
  io.stderr.write(`guidelint: ${describeFixes(fixed, command.fixDryRun)}\n`);
  return fixed.results;
}

/** `fixed 3 problems in 2 files; 1 error and 0 warnings remain`, or what --fix-dry-run would do. */
function describeFixes(fixed: FixedRun, dryRun: boolean): string {
  const { errorCount, warningCount } = totalCounts(fixed.results);
  const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;
  const done = `${count(fixed.fixed, 'problem')} in ${count(fixed.changed, 'file')}`;
  const left = `${count(errorCount, 'error')} and ${count(warningCount, 'warning')}`;
  return dryRun ? `--fix-dry-run: would fix ${done}; ${left} would remain` : `fixed ${done}; ${left} remain`;
}

/** `config: .guidelintrc.yaml`, then each other config the files follow: `config: docs/.guidelintrc.yaml (extends .guidelintrc.yaml)`. */
function describeConfigs(config: LoadedConfig, plan: Plan, cwd: string): string {
  const used = [...new Set([config, ...plan.files.map((file) => file.selection.config)])].filter((loaded) => loaded.filePath !== null);
  if (used.length === 0) return 'no config file';
  return used
    .map((loaded) => {
      const parents = (loaded.parents ?? []).map((parent) => displayPath(parent.filePath, cwd));
      return `config: ${displayPath(loaded.filePath!, cwd)}${parents.length === 0 ? '' : ` (extends ${parents.join(', ')})`}`;
    })
    .join('\n');
}

/** The one line of a run that checked nothing, saying what to do about it. */
function nothingChecked(config: LoadedConfig, files: number, { template, verbose }: CheckCommand): string {
  if (files === 0) return 'no Markdown file to check';
  if (config.filePath === null && template === undefined) {
    return 'nothing was checked: no config file says which template the documents follow (`guidelint init` writes one; or pass --template <name>)';
  }
  return `no file follows a template, nothing was checked${verbose ? '' : ' (--verbose says why each file was skipped)'}`;
}

/** `linted 120 files in 2 worker threads (1 too big for a worker: in the main thread), 30 unchanged from the cache` */
function describeStats({ linted, reused, threads, tooBigForWorkers }: LintStats): string {
  const files = (count: number): string => `${count} ${count === 1 ? 'file' : 'files'}`;
  const where = threads === 1 ? 'in one thread' : `in ${threads} worker threads`;
  const tooBig = tooBigForWorkers > 0 ? ` (${tooBigForWorkers} too big for a worker: in the main thread)` : '';
  return `linted ${files(linted)} ${where}${tooBig}${reused > 0 ? `, ${files(reused)} unchanged from the cache` : ''}`;
}

function describeOutcome(outcome: FileOutcome, cwd: string): string {
  const file = displayPath(outcome.filePath, cwd);
  switch (outcome.kind) {
    case 'checked':
      return `${file}: follows ${outcome.template}, ${outcome.reason}`;
    case 'fatal':
      return `${file}: not checked, ${outcome.message}`;
    case 'skipped':
      return `${file}: skipped, ${outcome.reason}`;
  }
}
