/** `guidelint merge <reports..>`: the shards' JSON reports joined, printed in any format, and the whole run's exit code. */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describeFsError, UserError } from '../../engine/errors.js';
import { mergeReports, type JsonReport } from '../../engine/merge-results.js';
import { errorsOnly } from '../../engine/results.js';
import { loadFormatter } from '../../report/index.js';
import type { MergeCommand } from '../args.js';
import { resultsExitCode } from '../exit-code.js';
import type { CliIo } from '../io.js';
import { writeReport } from '../write-output.js';
import { formatterContext } from './check.js';

export async function runMerge(command: MergeCommand, io: CliIo): Promise<number> {
  const reports = await Promise.all(command.reports.map((name) => readReport(name, io.cwd)));
  const results = mergeReports(reports);
  const reported = command.quiet ? errorsOnly(results) : results;
  const formatter = await loadFormatter(command.format);
  const report = formatter(reported, formatterContext(command, io));
  if (command.output !== undefined) await writeReport(resolve(io.cwd, command.output), report, io.stdout);
  else io.stdout.write(report);

  return resultsExitCode(results, command.maxWarnings, io.stderr);
}

async function readReport(name: string, cwd: string): Promise<JsonReport> {
  try {
    return { name, text: await readFile(resolve(cwd, name), 'utf8') };
  } catch (error) {
    throw new UserError(`cannot read the report "${name}": ${describeFsError(error)}`);
  }
}
