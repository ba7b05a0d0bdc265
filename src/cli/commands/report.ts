/**
 * `guidelint report [files..]`: `check` with the conformance report for its report (HTML unless
 * `--format` says markdown or conformance-json). Findings are what the report shows, not a failure:
 * it exits 0 once the report is written, 2 on bad input.
 */
import type { ReportCommand } from '../args.js';
import type { CliIo } from '../io.js';
import { runCheck } from './check.js';

export async function runReport(command: ReportCommand, io: CliIo): Promise<number> {
  const code = await runCheck(command.check, io);
  return code === 1 ? 0 : code;
}
