/**
 * `guidelint merge <reports..>`: the shards' reports joined, with the whole run's exit code. JSON
 * reports print in any finding format; SARIF logs merge to SARIF only, since they lack what the other
 * formats show (templates, fixes, the files without findings).
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describeFsError, UserError } from '../../engine/errors.js';
import { mergeReports, readReport, type JsonReport, type ShardReport } from '../../engine/merge-results.js';
import { mergeSarifReports, sarifCounts, sarifErrorsOnly, type SarifReport } from '../../engine/merge-sarif.js';
import { errorsOnly } from '../../engine/results.js';
import { loadFormatter } from '../../report/index.js';
import { sarifText } from '../../report/sarif.js';
import type { MergeCommand } from '../args.js';
import { countsExitCode, resultsExitCode } from '../exit-code.js';
import type { CliIo } from '../io.js';
import { writeReport } from '../write-output.js';
import { formatterContext } from './check.js';

export async function runMerge(command: MergeCommand, io: CliIo): Promise<number> {
  const reports = await Promise.all(command.reports.map(async (name) => readReport({ name, text: await readReportText(name, io.cwd) })));
  const sarif = reports.filter((report): report is Extract<ShardReport, { kind: 'sarif' }> => report.kind === 'sarif');
  const json = reports.filter((report): report is JsonReport => report.kind === 'json');
  if (sarif.length > 0 && json.length > 0) {
    throw new UserError(`"${sarif[0]!.name}" is SARIF and "${json[0]!.name}" JSON: merge SARIF logs with SARIF logs, or JSON reports to any format`);
  }
  return sarif.length > 0 ? mergeSarif(sarif, command, io) : mergeJson(json, command, io);
}

async function mergeJson(reports: readonly JsonReport[], command: MergeCommand, io: CliIo): Promise<number> {
  const results = mergeReports(reports);
  const reported = command.quiet ? errorsOnly(results) : results;
  const formatter = await loadFormatter(command.format ?? 'stylish');
  await print(formatter(reported, formatterContext(command, io)), command, io);
  return resultsExitCode(results, command.maxWarnings, io.stderr);
}

async function mergeSarif(reports: readonly SarifReport[], command: MergeCommand, io: CliIo): Promise<number> {
  if (command.format !== undefined && command.format !== 'sarif') {
    throw new UserError(`"${reports[0]!.name}" is SARIF, which merges to SARIF only, not --format ${command.format}: merge the shards' JSON reports for it`);
  }
  const log = mergeSarifReports(reports);
  await print(sarifText(command.quiet ? sarifErrorsOnly(log) : log), command, io);
  return countsExitCode(sarifCounts(log), command.maxWarnings, io.stderr);
}

async function print(report: string, command: MergeCommand, io: CliIo): Promise<void> {
  if (command.output !== undefined) await writeReport(resolve(io.cwd, command.output), report, io.stdout);
  else io.stdout.write(report);
}

async function readReportText(name: string, cwd: string): Promise<string> {
  try {
    return await readFile(resolve(cwd, name), 'utf8');
  } catch (error) {
    throw new UserError(`cannot read the report "${name}": ${describeFsError(error)}`);
  }
}
