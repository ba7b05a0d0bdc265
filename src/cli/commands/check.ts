/** `guidelint [check] [files..]`: plan, lint, report, and the exit code. */
import { resolve } from 'node:path';
import { rules } from '../../../rules/index.js';
import { lintFiles, type FileOutcome } from '../../engine/lint-files.js';
import { planRun } from '../../engine/plan.js';
import { errorsOnly, totalCounts } from '../../engine/results.js';
import { displayPath } from '../../files/display-path.js';
import { loadFormatter } from '../../report/index.js';
import type { CheckCommand } from '../args.js';
import { useColor, type CliIo } from '../io.js';
import { repositoryRoot } from '../repo-root.js';
import { packageVersion } from '../version.js';
import { writeFileAtomic } from '../write-output.js';

export async function runCheck(command: CheckCommand, io: CliIo): Promise<number> {
  const plan = await planRun({ cwd: io.cwd, inputs: command.files, template: command.template });
  const run = await lintFiles(plan, { parser: command.parser, cwd: io.cwd });
  if (command.verbose) {
    for (const outcome of run.outcomes) io.stderr.write(`${describeOutcome(outcome, io.cwd)}\n`);
  }
  if (run.results.length === 0) {
    const hint = command.verbose ? '' : ' (--verbose says why each file was skipped)';
    io.stderr.write(`guidelint: no file follows a template, nothing was checked${hint}\n`);
  }
  const formatter = await loadFormatter(command.format);
  const report = formatter(command.quiet ? errorsOnly(run.results) : run.results, {
    cwd: io.cwd,
    rootDir: repositoryRoot(io.cwd),
    rulesMeta: rules.map((rule) => rule.meta),
    color: useColor(io, command.output !== undefined),
    toolVersion: packageVersion(),
  });
  if (command.output === undefined) io.stdout.write(report);
  else await writeFileAtomic(resolve(io.cwd, command.output), report);

  const total = totalCounts(run.results);
  const tooManyWarnings = command.maxWarnings !== undefined && total.warningCount > command.maxWarnings;
  if (tooManyWarnings) {
    io.stderr.write(`guidelint: too many warnings (${total.warningCount}, maximum: ${command.maxWarnings})\n`);
  }
  return total.errorCount > 0 || tooManyWarnings ? 1 : 0;
}

function describeOutcome(outcome: FileOutcome, cwd: string): string {
  const file = displayPath(outcome.filePath, cwd);
  switch (outcome.kind) {
    case 'checked':
      return `${file}: follows ${outcome.template} (${outcome.via === 'option' ? '--template' : 'its frontmatter'})`;
    case 'fatal':
      return `${file}: not checked, ${outcome.message}`;
    case 'skipped':
      return `${file}: skipped, ${outcome.reason}`;
  }
}
