/**
 * `guidelint merge` of SARIF logs: the logs a run's shards wrote (`--format sarif`) joined into the
 * log the whole run would have written. A guidelint log holds nothing that depends on the whole run
 * (it lists every rule, used or not, and no artifacts, invocations or times), so the whole run's log
 * is the shards' common run with all their results, in the whole run's order: by file path, as the
 * plan sorts files.
 */
import { fileURLToPath } from 'node:url';
import type { Log, Result } from 'sarif';
import { UserError } from './errors.js';

/** A guidelint SARIF log, read: its results grouped by the file they are on (absolute path), in the log's order. */
export interface SarifReport {
  /** The name the log goes by in messages (its path as given). */
  name: string;
  log: Log;
  files: ReadonlyMap<string, readonly Result[]>;
}

/** Whether a JSON value is a SARIF 2.1.0 log (whoever wrote it): how merge tells SARIF from a JSON report. */
export function isSarifLog(value: unknown): value is { version: '2.1.0'; runs: unknown[] } {
  return isObject(value) && value['version'] === '2.1.0' && Array.isArray(value['runs']);
}

/** The log read for merging; a UserError when it is not one guidelint run. */
export function readSarifLog(name: string, log: { runs: unknown[] }): SarifReport {
  if (log.runs.length !== 1) throw notOurs(name, `it has ${log.runs.length} runs, not one`);
  const run: unknown = log.runs[0];
  const tool = at(run, 'tool', 'driver', 'name');
  if (tool !== 'guidelint') throw notOurs(name, typeof tool === 'string' ? `its tool is ${JSON.stringify(tool)}` : 'its run names no tool');
  const results = at(run, 'results');
  if (!Array.isArray(results)) throw notOurs(name, 'its run has no results');
  const files = new Map<string, Result[]>();
  for (const [index, result] of results.entries()) {
    const level = at(result, 'level');
    if (level !== 'error' && level !== 'warning') throw notOurs(name, `result ${index + 1} is neither an error nor a warning`);
    const path = filePath(result, at(run, 'originalUriBaseIds'));
    if (path === null) throw notOurs(name, `result ${index + 1} has no file location`);
    const found = files.get(path);
    if (found === undefined) files.set(path, [result as Result]);
    else found.push(result as Result);
  }
  return { name, log: log as Log, files };
}

/** One log with every shard's results, in the whole run's order; a UserError for logs of different runs or a file in two. */
export function mergeSarifReports(reports: readonly SarifReport[]): Log {
  const first = reports[0];
  if (first === undefined) throw new UserError("merge needs the shards' SARIF logs");
  const reportOf = new Map<string, string>();
  const files: [string, readonly Result[]][] = [];
  for (const report of reports) {
    if (skeleton(report.log) !== skeleton(first.log)) {
      throw new UserError(`"${first.name}" and "${report.name}" are not shards of one run: their guidelint, rules or source root (%SRCROOT%) differ`);
    }
    for (const [path, results] of report.files) {
      const other = reportOf.get(path);
      if (other !== undefined) throw new UserError(`"${path}" is in both "${other}" and "${report.name}": shards of one run never share a file`);
      reportOf.set(path, report.name);
      files.push([path, results]);
    }
  }
  files.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return withResults(first.log, files.flatMap(([, results]) => results));
}

/** `--quiet`: the log with its warnings left out. */
export function sarifErrorsOnly(log: Log): Log {
  return withResults(log, results(log).filter((result) => result.level === 'error'));
}

/** The errors and warnings of a log, for the exit code. */
export function sarifCounts(log: Log): { errorCount: number; warningCount: number } {
  const levels = results(log).map((result) => result.level);
  return {
    errorCount: levels.filter((level) => level === 'error').length,
    warningCount: levels.filter((level) => level === 'warning').length,
  };
}

function results(log: Log): Result[] {
  return log.runs[0]?.results ?? [];
}

/** The log with its run's results replaced, every key where it was (the serialized log keeps the formatter's order). */
function withResults(log: Log, results: Result[]): Log {
  return { ...log, runs: [{ ...log.runs[0]!, results }] };
}

/** Everything a shard's log holds but its results: the same for every shard of a run. */
function skeleton(log: Log): string {
  return JSON.stringify(withResults(log, []));
}

/** The absolute path of the file a result is on (a URI under one of the run's bases, or a file URI), or null. */
function filePath(result: unknown, bases: unknown): string | null {
  const artifact = at(result, 'locations', 0, 'physicalLocation', 'artifactLocation');
  const uri = at(artifact, 'uri');
  const baseId = at(artifact, 'uriBaseId');
  const base = baseId === undefined ? undefined : at(bases, String(baseId), 'uri');
  if (typeof uri !== 'string' || (baseId !== undefined && typeof base !== 'string')) return null;
  try {
    const url = new URL(uri, base as string | undefined);
    return url.protocol === 'file:' ? fileURLToPath(url) : null;
  } catch {
    return null;
  }
}

/** The value at a path of keys in parsed JSON, or undefined where there is none. */
function at(value: unknown, ...keys: (string | number)[]): unknown {
  let current = value;
  for (const key of keys) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function notOurs(name: string, why: string): UserError {
  return new UserError(`"${name}" is not a guidelint SARIF log (guidelint --format sarif writes one): ${why}`);
}
