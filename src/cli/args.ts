/**
 * The command line, parsed by yargs into one plain command. yargs only parses here: it never exits
 * the process or prints; help and version text come back as an `output` command, and every parse
 * failure as a UserError.
 */
import yargs, { type Argv } from 'yargs';
import { oneLine, UserError } from '../engine/errors.js';
import { parseConcurrency, type Concurrency } from '../engine/concurrency.js';
import { PARSER_NAMES, type ParserName } from '../engine/parsers.js';
import { FORMAT_NAMES, type FormatName } from '../report/types.js';
import type { SchemaFormat } from '../template/print.js';

const SCHEMA_FORMATS = ['json', 'yaml'] as const satisfies readonly SchemaFormat[];

export interface CheckCommand {
  name: 'check';
  files: string[];
  template: string | undefined;
  format: FormatName;
  output: string | undefined;
  quiet: boolean;
  maxWarnings: number | undefined;
  parser: ParserName;
  verbose: boolean;
  /** `--cache`: reuse the findings of files unchanged since the last run. */
  cache: boolean;
  /** `--cache-location`: the cache file, or a folder for `.guidelintcache` (default: the working folder). */
  cacheLocation: string | undefined;
  concurrency: Concurrency;
  /** `--config`: the config file, instead of the one found upward from the working folder. */
  config: string | undefined;
  /** `--fix`: apply the sure fixes in place. */
  fix: boolean;
  /** `--fix-dry-run`: print what `--fix` would change, as a diff; write nothing. */
  fixDryRun: boolean;
}

export interface CompileCommand {
  name: 'compile';
  template: string;
  format: SchemaFormat;
  config: string | undefined;
}

export interface InitCommand {
  name: 'init';
}

export interface NewCommand {
  name: 'new';
  template: string;
  file: string;
  title: string | undefined;
  config: string | undefined;
}

export interface TemplatesCommand {
  name: 'templates';
}

/** `guidelint lsp [--stdio]`: the language server, over standard input and output. */
export interface LspCommand {
  name: 'lsp';
}

/** `--help` or `--version`: text to print, nothing to run. */
export interface OutputCommand {
  name: 'output';
  text: string;
}

export type Command = CheckCommand | CompileCommand | TemplatesCommand | InitCommand | NewCommand | LspCommand | OutputCommand;

export async function parseArguments(argv: readonly string[], version: string): Promise<Command> {
  let command: Command | undefined;
  const parser = yargs()
    .scriptName('guidelint')
    .locale('en')
    .exitProcess(false)
    .strict()
    .wrap(100)
    .command(
      ['check [files..]', '$0 [files..]'],
      'Check Markdown documents against their template',
      (y) => checkOptions(y),
      (args) => {
        command = {
          name: 'check',
          files: (args.files ?? []).map(String),
          template: args.template,
          format: args.format,
          output: args.output,
          quiet: args.quiet,
          maxWarnings: args['max-warnings'],
          parser: args.parser,
          verbose: args.verbose,
          config: args.config,
          cache: args.cache,
          cacheLocation: args['cache-location'],
          concurrency: args.concurrency,
          fix: args.fix === true,
          fixDryRun: args['fix-dry-run'] === true,
        };
      },
    )
    .command(
      'compile <template>',
      'Print the schema a template compiles to',
      (y) =>
        y
          .positional('template', { type: 'string', demandOption: true, describe: 'Built-in name or path' })
          .option('format', {
            alias: 'f',
            choices: SCHEMA_FORMATS,
            default: 'json' as SchemaFormat,
            requiresArg: true,
            describe: 'Schema format',
          })
          .option(...configOption),
      (args) => {
        command = { name: 'compile', template: args.template, format: args.format, config: args.config };
      },
    )
    .command('templates', 'List the built-in templates', {}, () => {
      command = { name: 'templates' };
    })
    .command(
      'new <template> <file>',
      'Write a new document from a template',
      (y) =>
        y
          .positional('template', { type: 'string', demandOption: true, describe: 'Configured or built-in name, or path' })
          .positional('file', { type: 'string', demandOption: true, describe: 'The document to write (never overwritten)' })
          .option('title', { type: 'string', requiresArg: true, describe: "Fills the title's placeholder" })
          .option(...configOption),
      (args) => {
        command = { name: 'new', template: args.template, file: args.file, title: args.title, config: args.config };
      },
    )
    .command('init', 'Write a starter config for this repository', {}, () => {
      command = { name: 'init' };
    })
    .command(
      'lsp',
      'Run the language server (diagnostics and quick fixes for editors)',
      (y) => y.option('stdio', { type: 'boolean', default: true, describe: 'Talk over standard input and output (the only transport)' }),
      () => {
        command = { name: 'lsp' };
      },
    )
    .version(version)
    .help()
    .fail((message, error) => {
      throw new UserError(oneLine(message ?? error.message));
    });
  const output = await new Promise<string>((resolve, reject) => {
    parser.parse([...argv], {}, (error: Error | undefined, _args: unknown, text: string) => {
      if (error) reject(error);
      else resolve(text);
    });
  });
  return command ?? { name: 'output', text: output };
}

function checkOptions(y: Argv) {
  return y
    .positional('files', { type: 'string', array: true, describe: "Files, directories and globs (default: the config's documents globs, else .)" })
    .option('template', { alias: 't', type: 'string', requiresArg: true, describe: 'Template for every file: a configured or built-in name, or a path' })
    .option('format', {
      alias: 'f',
      choices: FORMAT_NAMES,
      default: 'stylish' as FormatName,
      requiresArg: true,
      describe: 'Report format',
    })
    .option('output', { alias: 'o', type: 'string', requiresArg: true, describe: 'Write the report to this file' })
    .option('quiet', { type: 'boolean', default: false, describe: 'Report errors only' })
    .option('max-warnings', {
      type: 'string',
      requiresArg: true,
      coerce: parseMaxWarnings,
      describe: 'Exit 1 when there are more warnings than this',
    })
    .option('parser', { choices: PARSER_NAMES, default: 'markdown-it' as ParserName, hidden: true })
    .option(...configOption)
    .option('cache', { type: 'boolean', default: false, describe: 'Reuse the findings of files unchanged since the last run' })
    .option('cache-location', {
      type: 'string',
      requiresArg: true,
      describe: 'Cache file, or folder for .guidelintcache (default: ./.guidelintcache)',
    })
    .option('concurrency', {
      type: 'string',
      default: 'auto',
      requiresArg: true,
      coerce: parseConcurrency,
      describe: 'Worker threads: a number, or auto (the available cores; one for few files)',
    })
    .option('verbose', { type: 'boolean', default: false, describe: 'Say which template each file follows, and why files are skipped' })
    // No defaults: yargs would take a default for a given option and call the two in conflict.
    .option('fix', { type: 'boolean', describe: 'Apply the sure fixes (missing sections, fields, task items) in place' })
    .option('fix-dry-run', { type: 'boolean', describe: 'Print what --fix would change, as a diff; write nothing' })
    .conflicts('fix', 'fix-dry-run');
}

const configOption = [
  'config',
  { alias: 'c', type: 'string', requiresArg: true, describe: 'Config file (default: found upward from the working folder)' },
] as const;

function parseMaxWarnings(value: string): number {
  if (!/^\d+$/.test(value)) throw new UserError(`--max-warnings must be a whole number, not "${value}"`);
  return Number(value);
}
