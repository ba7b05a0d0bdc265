/**
 * The command line, read into one plain command. Node's own `util.parseArgs` splits it into
 * tokens; the checks against options.ts make every mistake one UserError line. (An argument library
 * costs ~50 ms of every run's start-up: a third of a one-file run.)
 */
import { parseArgs } from 'node:util';
import { closestMatch } from '../config/errors.js';
import type { RuleSeverities } from '../config/types.js';
import { parseConcurrency, type Concurrency } from '../engine/concurrency.js';
import { UserError } from '../engine/errors.js';
import type { DirectiveSettings } from '../engine/lint-outline.js';
import type { ParserName } from '../engine/parsers.js';
import { parseShard, type Shard } from '../engine/shard.js';
import type { FormatName } from '../report/types.js';
import type { SchemaFormat } from '../template/print.js';
import { helpText } from './help.js';
import { COMMANDS, commandSpec, GLOBAL_OPTIONS, usage, type CommandSpec } from './options.js';
import { parseRuleOptions } from './rule-option.js';

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
  /** `--stdin`: lint standard input instead of files. */
  stdin: boolean;
  /** `--stdin-filename`: the name standard input goes by: it picks the template and config. */
  stdinFilename: string | undefined;
  /** `--ignore-pattern`s: globs relative to the working folder whose files are left out. */
  ignorePatterns: string[];
  /** `--no-ignore`: .gitignore, .guidelintignore, the config's `ignore` and `--ignore-pattern` do not apply. */
  noIgnore: boolean;
  /** false with `--no-error-on-unmatched-pattern`: a run that finds no file to check is no error. */
  errorOnUnmatchedPattern: boolean;
  /** `--related`: a config file or template among the files brings in the documents that follow it. */
  related: boolean;
  /** `--rule`s: severities over the config's. */
  ruleSeverities: RuleSeverities;
  /** `--no-inline-config`, `--report-unused-disable-directives`. */
  directives: DirectiveSettings;
  /** `--stats`: count the findings by rule after the report. */
  stats: boolean;
  /** `--color` true, `--no-color` false (the last one wins); undefined: the environment and the terminal decide. */
  color: boolean | undefined;
  /** `--watch`: check again whenever a document, its template or the config changes. */
  watch: boolean;
  /** `--shard i/n`: check only the files of part i of n. */
  shard: Shard | undefined;
}

/** `guidelint report [files..]`: a check whose report is the conformance report, exiting 0 when it is written. */
export interface ReportCommand {
  name: 'report';
  check: CheckCommand;
}

/** `guidelint merge <reports..>`: the shards' JSON reports (or SARIF logs) as one report, with the whole run's exit code. */
export interface MergeCommand {
  name: 'merge';
  /** The reports' paths, relative to the working folder. */
  reports: string[];
  /** undefined: stylish for JSON reports, sarif for SARIF logs. */
  format: FormatName | undefined;
  output: string | undefined;
  quiet: boolean;
  maxWarnings: number | undefined;
  color: boolean | undefined;
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

/** `guidelint print-config <file>`: the config and template that apply to a file, as JSON. */
export interface PrintConfigCommand {
  name: 'print-config';
  file: string;
  config: string | undefined;
}

export interface TemplatesCommand {
  name: 'templates';
  config: string | undefined;
}

export interface RulesCommand {
  name: 'rules';
}

/** `guidelint explain <rule-id>`: one rule's documentation. */
export interface ExplainCommand {
  name: 'explain';
  rule: string;
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

export type Command =
  | CheckCommand
  | ReportCommand
  | MergeCommand
  | CompileCommand
  | TemplatesCommand
  | PrintConfigCommand
  | RulesCommand
  | ExplainCommand
  | InitCommand
  | NewCommand
  | LspCommand
  | OutputCommand;

/** What was given: each option's values in order (`true` for a flag), the options' names in order, and the positionals. */
interface Given {
  options: Map<string, (string | true)[]>;
  order: string[];
  positionals: string[];
}

/**
 * Reads `argv` (the arguments after the program name). Throws a UserError for a bad command line.
 * `pathExists` tells a mistyped command (`guidelint compil`) from a file to check of that name.
 */
export function parseArguments(argv: readonly string[], version: string, pathExists: (path: string) => boolean = () => true): Command {
  const { tokens } = parseArgs({ args: [...argv], options: parserOptions(), strict: false, allowPositionals: true, tokens: true });
  const first = tokens.find((token) => token.kind === 'positional' || token.kind === 'option-terminator');
  const named = first?.kind === 'positional' ? COMMANDS.find((spec) => spec.name === first.value) : undefined;
  if (first?.kind === 'positional' && named === undefined) checkNotMistyped(first.value, pathExists);
  const spec = named ?? commandSpec('check');
  const given: Given = { options: new Map(), order: [], positionals: [] };
  for (const token of tokens) {
    if (token.kind === 'option') {
      const [name, value] = readOption(spec, token.rawName, token.value, token.inlineValue);
      given.options.set(name, [...(given.options.get(name) ?? []), value]);
      given.order.push(name);
    } else if (token.kind === 'positional' && (token !== first || named === undefined)) given.positionals.push(token.value);
  }
  if (given.options.has('help')) return { name: 'output', text: helpText(named) };
  if (given.options.has('version')) return { name: 'output', text: version };
  checkPositionals(spec, given.positionals);
  return toCommand(spec, given);
}

/** All options of all commands, for tokenizing: a string option takes the next argument as its value. */
function parserOptions(): Record<string, { type: 'string' | 'boolean'; short?: string }> {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = {};
  for (const option of [...COMMANDS.flatMap((spec) => spec.options), ...GLOBAL_OPTIONS]) {
    options[option.name] = option.short === undefined ? { type: option.type } : { type: option.type, short: option.short };
  }
  return options;
}

/** One option token, checked against the command's options: [name, value]. */
function readOption(spec: CommandSpec, rawName: string, value: string | undefined, inline: boolean | undefined): [string, string | true] {
  const option = [...spec.options, ...GLOBAL_OPTIONS].find((candidate) => `--${candidate.name}` === rawName || `-${candidate.short}` === rawName);
  if (option === undefined) throw new UserError(unknownOption(spec, rawName));
  if (option.type === 'boolean') {
    if (value !== undefined) throw new UserError(`${rawName} takes no value, got "${value}"`);
    return [option.name, true];
  }
  // `--template --quiet`: the next argument is an option, not the value (a lone `-` and a negative number are values).
  if (value === undefined || (!inline && value.startsWith('-') && value !== '-' && !/^-\d+$/u.test(value))) {
    throw new UserError(`${rawName} needs a value${option.value ? `: ${rawName} ${option.value}` : ''}`);
  }
  if (option.choices && !option.choices.includes(value)) {
    throw new UserError(`${rawName} must be one of ${option.choices.join(', ')}, not "${value}"`);
  }
  return [option.name, value];
}

/** A bare word near a command's name that names no file is a mistyped command, not a file to check. */
function checkNotMistyped(word: string, pathExists: (path: string) => boolean): void {
  if (!/^[a-z][a-z-]*$/u.test(word) || pathExists(word)) return;
  const closest = closestMatch(word, COMMANDS.map((spec) => spec.name));
  if (closest !== undefined) {
    throw new UserError(`unknown command "${word}"; did you mean "${closest}"? (guidelint --help lists the commands)`);
  }
}

function unknownOption(spec: CommandSpec, rawName: string): string {
  const known = [...spec.options, ...GLOBAL_OPTIONS].filter((option) => !option.hidden).map((option) => `--${option.name}`);
  const closest = closestMatch(rawName.startsWith('--') ? rawName : `-${rawName}`, known);
  const where = spec.name === 'check' ? '' : ` for ${spec.name}`;
  return `unknown option ${rawName}${where}${closest ? `; did you mean ${closest}?` : ''} (see guidelint ${spec.name} --help)`;
}

function checkPositionals(spec: CommandSpec, positionals: readonly string[]): void {
  if (spec.positionals.some((positional) => positional.variadic)) return;
  const required = spec.positionals.filter((positional) => !positional.optional);
  if (positionals.length < required.length) {
    const missing = required.slice(positionals.length).map((positional) => `<${positional.name}>`);
    throw new UserError(`${spec.name} needs ${missing.join(' and ')}: ${usage(spec)}`);
  }
  if (positionals.length > spec.positionals.length) {
    const extra = positionals.slice(spec.positionals.length).map((value) => `"${value}"`);
    throw new UserError(
      spec.positionals.length === 0
        ? `${spec.name} takes no arguments, got ${extra.join(' ')}`
        : `too many arguments for ${usage(spec)}: ${extra.join(' ')}`,
    );
  }
}

/** Reads a command's options by name (the last value wins); `orDefault` for an option that has a default. */
interface OptionReader {
  string(name: string): string | undefined;
  /** Every value of a repeatable option (`--ignore-pattern a --ignore-pattern b`), in order. */
  strings(name: string): string[];
  flag(name: string): boolean;
  /** true or false for whichever of two opposite flags came last (`--color`, `--no-color`); undefined for neither. */
  lastFlag(on: string, off: string): boolean | undefined;
  orDefault(name: string): string;
}

function optionReader(spec: CommandSpec, given: Given): OptionReader {
  const strings = (name: string): string[] => (given.options.get(name) ?? []).filter((value) => typeof value === 'string');
  const string = (name: string): string | undefined => strings(name).at(-1);
  return {
    string,
    strings,
    flag: (name) => given.options.get(name)?.includes(true) ?? false,
    lastFlag: (on, off) => {
      const last = Math.max(given.order.lastIndexOf(on), given.order.lastIndexOf(off));
      return last === -1 ? undefined : given.order[last] === on;
    },
    orDefault: (name) => string(name) ?? spec.options.find((option) => option.name === name)!.default!,
  };
}

function toCommand(spec: CommandSpec, given: Given): Command {
  const read = optionReader(spec, given);
  const [first = '', second = ''] = given.positionals;
  switch (spec.name) {
    case 'check':
      return checkCommand(given.positionals, read);
    case 'report':
      return { name: 'report', check: checkCommand(given.positionals, read) };
    case 'merge':
      return mergeCommand(given.positionals, read);
    case 'compile':
      return { name: 'compile', template: first, format: read.orDefault('format') as SchemaFormat, config: read.string('config') };
    case 'new':
      return { name: 'new', template: first, file: second, title: read.string('title'), config: read.string('config') };
    case 'help':
      return { name: 'output', text: helpText(first === '' ? undefined : commandNamed(first)) };
    case 'templates':
      return { name: 'templates', config: read.string('config') };
    case 'print-config':
      return { name: 'print-config', file: first, config: read.string('config') };
    case 'explain':
      return { name: 'explain', rule: first };
    case 'rules':
    case 'init':
    case 'lsp':
      return { name: spec.name };
  }
}

function commandNamed(name: string): CommandSpec {
  const spec = COMMANDS.find((candidate) => candidate.name === name);
  if (spec !== undefined) return spec;
  const closest = closestMatch(name, COMMANDS.map((candidate) => candidate.name));
  throw new UserError(`unknown command "${name}"${closest ? `; did you mean "${closest}"?` : ''} (guidelint --help lists the commands)`);
}

function checkCommand(files: string[], read: OptionReader): CheckCommand {
  if (read.flag('fix') && read.flag('fix-dry-run')) throw new UserError('--fix and --fix-dry-run cannot be used together');
  const stdin = read.flag('stdin');
  const stdinFilename = read.string('stdin-filename');
  if (stdinFilename !== undefined && !stdin) throw new UserError('--stdin-filename names standard input: give --stdin too');
  if (stdin && files.length > 0) throw new UserError(`--stdin lints standard input, not files: got "${files[0]}"`);
  // Fixed text of standard input has nowhere to go but standard output, where the report is.
  if (stdin && read.flag('fix')) throw new UserError('--fix cannot write standard input back: use --fix-dry-run to see the fixes');
  const watch = read.flag('watch');
  const notWhileWatching = ['stdin', 'fix', 'fix-dry-run'].find((name) => read.flag(name));
  if (watch && notWhileWatching) throw new UserError(`--watch cannot be used with --${notWhileWatching}`);
  const maxWarnings = read.string('max-warnings');
  const shard = read.string('shard');
  if (stdin && shard !== undefined) throw new UserError('--shard splits the files of a run, not standard input');
  if (watch && shard !== undefined) throw new UserError('--watch cannot be used with --shard');
  return {
    name: 'check',
    files,
    template: read.string('template'),
    format: read.orDefault('format') as FormatName,
    output: read.string('output'),
    quiet: read.flag('quiet'),
    maxWarnings: maxWarnings === undefined ? undefined : parseMaxWarnings(maxWarnings),
    parser: read.orDefault('parser') as ParserName,
    verbose: read.flag('verbose'),
    config: read.string('config'),
    cache: read.flag('cache'),
    cacheLocation: read.string('cache-location'),
    concurrency: parseConcurrency(read.orDefault('concurrency')),
    fix: read.flag('fix'),
    fixDryRun: read.flag('fix-dry-run'),
    stdin,
    stdinFilename,
    ignorePatterns: read.strings('ignore-pattern'),
    noIgnore: read.flag('no-ignore'),
    errorOnUnmatchedPattern: !read.flag('no-error-on-unmatched-pattern'),
    related: read.flag('related'),
    ruleSeverities: parseRuleOptions(read.strings('rule')),
    directives: {
      inlineConfig: !read.flag('no-inline-config'),
      reportUnusedDisableDirectives: read.flag('report-unused-disable-directives'),
    },
    stats: read.flag('stats'),
    color: read.lastFlag('color', 'no-color'),
    watch,
    shard: shard === undefined ? undefined : parseShard(shard),
  };
}

function mergeCommand(reports: string[], read: OptionReader): MergeCommand {
  if (reports.length === 0) throw new UserError(`merge needs the shards' reports: ${usage(commandSpec('merge'))}`);
  const maxWarnings = read.string('max-warnings');
  return {
    name: 'merge',
    reports,
    format: read.string('format') as FormatName | undefined,
    output: read.string('output'),
    quiet: read.flag('quiet'),
    maxWarnings: maxWarnings === undefined ? undefined : parseMaxWarnings(maxWarnings),
    color: read.lastFlag('color', 'no-color'),
  };
}

/** A whole number, or -1 for no limit (ESLint's default), which is undefined. */
function parseMaxWarnings(value: string): number | undefined {
  if (value === '-1') return undefined;
  if (!/^\d+$/.test(value)) throw new UserError(`--max-warnings must be a whole number or -1 (no limit), not "${value}"`);
  return Number(value);
}
