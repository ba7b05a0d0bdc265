/**
 * The CLI's entry point. It never throws: a user error is one line on stderr and exit code 2, and
 * so is an unexpected failure (with a request to report it).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigError } from '../config/errors.js';
import { packageVersion } from '../config/package-root.js';
import { oneLine, UserError } from '../engine/errors.js';
import type { StartupFiles } from '../engine/schema-store.js';
import { parseArguments, type Command } from './args.js';
import { escapingControlCharacters, processIo, type CliIo } from './io.js';

/**
 * Runs guidelint with `argv` (the arguments after the program name); resolves to the exit code.
 * `startupFiles`: where the run may keep what makes the next one start sooner (launch.ts).
 */
export async function main(argv: readonly string[], processStreams: CliIo = processIo(), startupFiles?: StartupFiles): Promise<number> {
  const io: CliIo = {
    ...processStreams,
    stderr: escapingControlCharacters(processStreams.stderr),
    ...(startupFiles === undefined ? {} : { startupFiles }),
  };
  try {
    const pathExists = (path: string): boolean => existsSync(resolve(io.cwd, path));
    return await run(parseArguments(argv, packageVersion(), pathExists), io);
  } catch (error) {
    if (error instanceof UserError || error instanceof ConfigError) {
      io.stderr.write(`guidelint: ${oneLine(error.message)}\n`);
    } else {
      const message = error instanceof Error ? error.message : String(error);
      io.stderr.write(`guidelint: internal error, please report it: ${oneLine(message)}\n`);
    }
    return 2;
  }
}

async function run(command: Command, io: CliIo): Promise<number> {
  switch (command.name) {
    case 'output':
      io.stdout.write(`${command.text}\n`);
      return 0;
    case 'check':
      return (await import('./commands/check.js')).runCheck(command, io);
    case 'merge':
      return (await import('./commands/merge.js')).runMerge(command, io);
    case 'report':
      return (await import('./commands/report.js')).runReport(command, io);
    case 'compile':
      return (await import('./commands/compile.js')).runCompile(command, io);
    case 'templates':
      return (await import('./commands/templates.js')).runTemplates(command, io);
    case 'print-config':
      return (await import('./commands/print-config.js')).runPrintConfig(command, io);
    case 'rules':
      return (await import('./commands/rules.js')).runRules(io);
    case 'explain':
      return (await import('./commands/rules.js')).runExplain(command, io);
    case 'init':
      return (await import('./commands/init.js')).runInit(io);
    case 'new':
      return (await import('./commands/new.js')).runNew(command, io);
    case 'lsp':
      return (await import('../lsp/server.js')).runLanguageServer();
  }
}
