/** `--help`: the commands, or one command's options, from the declarations in options.ts. */
import { COMMANDS, commandSpec, GLOBAL_OPTIONS, usage, type CommandSpec, type OptionSpec } from './options.js';

/** The help for `guidelint --help` (`command` undefined) or `guidelint <command> --help`. */
export function helpText(command: CommandSpec | undefined): string {
  if (command === undefined) {
    return [
      'Usage: guidelint [check] [files..] [options]',
      '',
      'Commands:',
      ...columns(COMMANDS.map((spec) => [usage(spec), spec.describe])),
      '',
      ...optionsSection('Options of check', commandSpec('check').options),
      '',
      'guidelint <command> --help shows the options of a command.',
    ].join('\n');
  }
  return [`Usage: ${usage(command)} [options]`, '', command.describe, '', ...optionsSection('Options', command.options)].join('\n');
}

function optionsSection(title: string, options: readonly OptionSpec[]): string[] {
  const shown = [...options, ...GLOBAL_OPTIONS].filter((option) => !option.hidden);
  return [`${title}:`, ...columns(shown.map((option) => [optionLabel(option), optionDescription(option)]))];
}

/** `-t, --template <name|path>`; a choice option shows its choices instead of a value name. */
function optionLabel(option: OptionSpec): string {
  const names = option.short === undefined ? `    --${option.name}` : `-${option.short}, --${option.name}`;
  const value = option.choices ? ` ${option.choices.join('|')}` : option.value === undefined ? '' : ` ${option.value}`;
  return names + value;
}

function optionDescription(option: OptionSpec): string {
  return option.default === undefined ? option.describe : `${option.describe} (default: ${option.default})`;
}

/** Two columns, the second aligned. */
function columns(rows: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`);
}
