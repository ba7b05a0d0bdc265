/**
 * The command line's vocabulary: each command, its positionals and options, as plain data. The
 * parser (args.ts) and the help text (help.ts) both read it, so an option is declared once.
 */
import { PARSER_NAMES } from '../engine/parsers.js';
import { CONFORMANCE_FORMATS, FORMAT_NAMES, type FormatName } from '../report/types.js';
import type { SchemaFormat } from '../template/print.js';

/** The formats that report findings alone (not the conformance report's). */
const FINDING_FORMATS = FORMAT_NAMES.filter((name: FormatName) => !(CONFORMANCE_FORMATS as readonly FormatName[]).includes(name));

export const SCHEMA_FORMATS = ['json', 'yaml', 'text'] as const satisfies readonly SchemaFormat[];

export interface OptionSpec {
  /** The long name, `--name`. */
  name: string;
  short?: string;
  type: 'string' | 'boolean';
  /** How help shows the value: `<name|path>`. */
  value?: string;
  choices?: readonly string[];
  default?: string;
  describe: string;
  /** Left out of the help (`--parser`: it exists to compare the two front-ends). */
  hidden?: boolean;
}

export interface PositionalSpec {
  name: string;
  /** Takes every remaining argument (`[files..]`). */
  variadic?: boolean;
  optional?: boolean;
}

export type CommandName = 'check' | 'report' | 'merge' | 'compile' | 'templates' | 'print-config' | 'rules' | 'explain' | 'new' | 'init' | 'lsp' | 'help';

export interface CommandSpec {
  name: CommandName;
  describe: string;
  positionals: readonly PositionalSpec[];
  options: readonly OptionSpec[];
}

const CONFIG_OPTION: OptionSpec = {
  name: 'config',
  short: 'c',
  type: 'string',
  value: '<path>',
  describe: 'Config file (default: found upward from the working folder)',
};

/** Where each document's config comes from, for the commands that take documents. */
const DOCUMENT_CONFIG_OPTION: OptionSpec = {
  ...CONFIG_OPTION,
  describe: "Config file for every document (default: each document's, found upward from its folder)",
};

const CHECK_OPTIONS: readonly OptionSpec[] = [
  { name: 'template', short: 't', type: 'string', value: '<name|path>', describe: 'Template for every file: a configured or built-in name, or a path' },
  DOCUMENT_CONFIG_OPTION,
  { name: 'format', short: 'f', type: 'string', choices: FORMAT_NAMES, default: 'stylish', describe: 'Report format' },
  { name: 'output', short: 'o', type: 'string', value: '<file>', describe: 'Write the report to this file' },
  { name: 'fix', type: 'boolean', describe: 'Apply the sure fixes (missing sections, fields, task items) in place' },
  { name: 'fix-dry-run', type: 'boolean', describe: 'Print what --fix would change, as a diff; write nothing' },
  { name: 'max-warnings', type: 'string', value: '<n>', describe: 'Exit 1 when there are more warnings than this (-1: no limit)' },
  { name: 'quiet', type: 'boolean', describe: 'Report errors only' },
  { name: 'rule', type: 'string', value: "'<id>: <severity>'", describe: "A rule's severity for every file, over the config: 'code-block: off' (repeatable)" },
  { name: 'no-inline-config', type: 'boolean', describe: 'Ignore guidelint-disable comments' },
  { name: 'report-unused-disable-directives', type: 'boolean', describe: 'Report guidelint-disable comments that turn nothing off, as errors' },
  { name: 'stats', type: 'boolean', describe: 'After the report, count the findings by rule (on standard error)' },
  { name: 'color', type: 'boolean', describe: 'Colour the report even when not on a terminal (also FORCE_COLOR=1)' },
  { name: 'no-color', type: 'boolean', describe: 'Never colour the report (also NO_COLOR=1, TERM=dumb, FORCE_COLOR=0)' },
  { name: 'cache', type: 'boolean', describe: 'Reuse the findings of files unchanged since the last run' },
  { name: 'cache-location', type: 'string', value: '<path>', describe: 'Cache file, or folder for .guidelintcache (default: ./.guidelintcache)' },
  { name: 'stdin', type: 'boolean', describe: 'Lint standard input' },
  { name: 'stdin-filename', type: 'string', value: '<path>', describe: "Standard input's file name: it picks the template" },
  {
    name: 'concurrency',
    type: 'string',
    value: '<n|auto>',
    default: 'auto',
    describe: 'Worker threads: a number, or auto: up to the available cores, one for little work',
  },
  { name: 'ignore-pattern', type: 'string', value: '<glob>', describe: 'Leave out the files this glob matches (repeatable; like a "!glob" argument)' },
  { name: 'no-ignore', type: 'boolean', describe: "Apply no .gitignore, .guidelintignore, config's ignore or --ignore-pattern" },
  {
    name: 'no-error-on-unmatched-pattern',
    type: 'boolean',
    describe: 'A pattern that matches no file, or a run that checks none, is no error',
  },
  {
    name: 'related',
    type: 'boolean',
    describe: 'A config file or template among the files: check the documents that follow it instead (the pre-commit hook sets it)',
  },
  { name: 'verbose', type: 'boolean', describe: 'Say which template each file follows, and why files are skipped' },
  { name: 'watch', type: 'boolean', describe: 'Check again when a document, its template or the config changes (Ctrl-C stops)' },
  { name: 'shard', type: 'string', value: '<i/n>', describe: 'Check only part i of n, by a hash of each path (CI matrices; guidelint merge joins the reports)' },
  { name: 'parser', type: 'string', choices: PARSER_NAMES, default: 'markdown-it', describe: 'Outline front-end', hidden: true },
];

/** `report` checks as `check` does, and writes the conformance report: check's options that choose and read files. */
const REPORT_OPTIONS: readonly OptionSpec[] = [
  ...CHECK_OPTIONS.filter((option) => ['template', 'config'].includes(option.name)),
  { name: 'format', short: 'f', type: 'string', choices: CONFORMANCE_FORMATS, default: 'html', describe: 'Report format' },
  { name: 'output', short: 'o', type: 'string', value: '<file>', describe: 'Write the report to this file (default: standard output)' },
  ...CHECK_OPTIONS.filter((option) =>
    [
      'rule',
      'no-inline-config',
      'cache',
      'cache-location',
      'concurrency',
      'ignore-pattern',
      'no-ignore',
      'no-error-on-unmatched-pattern',
      'verbose',
      'parser',
    ].includes(option.name),
  ),
];

export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'check',
    describe: 'Check Markdown documents against their template (the default command)',
    positionals: [{ name: 'files', variadic: true, optional: true }],
    options: CHECK_OPTIONS,
  },
  {
    name: 'report',
    describe: 'Write the conformance report: a heat map of documents × template sections (HTML), or its summary',
    positionals: [{ name: 'files', variadic: true, optional: true }],
    options: REPORT_OPTIONS,
  },
  {
    name: 'merge',
    describe: "Join the JSON reports (or SARIF logs) of a run's shards (--shard) into one report and one exit code",
    positionals: [{ name: 'reports', variadic: true }],
    options: [
      // The shards' JSON reports hold results, not what the conformance report shows besides them.
      {
        name: 'format',
        short: 'f',
        type: 'string',
        choices: FINDING_FORMATS,
        describe: 'Report format (default: stylish; sarif for SARIF logs, which merge to SARIF only)',
      },
      ...CHECK_OPTIONS.filter((option) => ['output', 'max-warnings', 'quiet', 'color', 'no-color'].includes(option.name)),
    ],
  },
  {
    name: 'compile',
    describe: 'Print the schema a template compiles to',
    positionals: [{ name: 'template' }],
    options: [{ name: 'format', short: 'f', type: 'string', choices: SCHEMA_FORMATS, default: 'json', describe: 'Schema format' }, CONFIG_OPTION],
  },
  { name: 'templates', describe: "List the config's templates with their paths, and the built-in ones", positionals: [], options: [CONFIG_OPTION] },
  {
    name: 'print-config',
    describe: 'Print the config that applies to a file, and the template it follows, as JSON',
    positionals: [{ name: 'file' }],
    options: [DOCUMENT_CONFIG_OPTION],
  },
  { name: 'rules', describe: 'List the rules: id, default severity, whether --fix repairs it, what it checks', positionals: [], options: [] },
  { name: 'explain', describe: "Print a rule's documentation", positionals: [{ name: 'rule-id' }], options: [] },
  {
    name: 'new',
    describe: 'Write a new document from a template (never overwrites)',
    positionals: [{ name: 'template' }, { name: 'file' }],
    options: [{ name: 'title', type: 'string', value: '<text>', describe: "Fills the title's placeholder" }, CONFIG_OPTION],
  },
  { name: 'init', describe: 'Write a starter config for this repository', positionals: [], options: [] },
  {
    name: 'lsp',
    describe: 'Run the language server (diagnostics and quick fixes for editors)',
    positionals: [],
    options: [{ name: 'stdio', type: 'boolean', describe: 'Talk over standard input and output (the only transport)' }],
  },
  { name: 'help', describe: "Show the help, or one command's", positionals: [{ name: 'command', optional: true }], options: [] },
];

/** Every command takes these; they print text instead of running anything. */
export const GLOBAL_OPTIONS: readonly OptionSpec[] = [
  { name: 'help', short: 'h', type: 'boolean', describe: 'Show this help' },
  { name: 'version', short: 'v', type: 'boolean', describe: "Show guidelint's version" },
];

export function commandSpec(name: CommandName): CommandSpec {
  return COMMANDS.find((command) => command.name === name)!;
}

/** `guidelint new <template> <file>`, `guidelint check [files..]`. */
export function usage(command: CommandSpec): string {
  const positionals = command.positionals.map(({ name, variadic, optional }) => {
    const inner = variadic ? `${name}..` : name;
    return optional ? `[${inner}]` : `<${inner}>`;
  });
  return ['guidelint', command.name, ...positionals].join(' ');
}
