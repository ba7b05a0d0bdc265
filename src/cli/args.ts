/**
 * The command line, parsed by yargs into one plain command. yargs only parses here: it never exits
 * the process or prints; help and version text come back as an `output` command, and every parse
 * failure as a UserError.
 */
import yargs, { type Argv } from 'yargs';
import { oneLine, UserError } from '../engine/errors.js';
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
}

export interface CompileCommand {
  name: 'compile';
  template: string;
  format: SchemaFormat;
}

export interface TemplatesCommand {
  name: 'templates';
}

/** `--help` or `--version`: text to print, nothing to run. */
export interface OutputCommand {
  name: 'output';
  text: string;
}

export type Command = CheckCommand | CompileCommand | TemplatesCommand | OutputCommand;

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
          }),
      (args) => {
        command = { name: 'compile', template: args.template, format: args.format };
      },
    )
    .command('templates', 'List the built-in templates', {}, () => {
      command = { name: 'templates' };
    })
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
    .positional('files', { type: 'string', array: true, describe: 'Files, directories and globs (default: .)' })
    .option('template', { alias: 't', type: 'string', requiresArg: true, describe: 'Template for every file: a built-in name or a path' })
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
    .option('verbose', { type: 'boolean', default: false, describe: 'Say which template each file follows, and why files are skipped' });
}

function parseMaxWarnings(value: string): number {
  if (!/^\d+$/.test(value)) throw new UserError(`--max-warnings must be a whole number, not "${value}"`);
  return Number(value);
}
