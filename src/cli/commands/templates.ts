/**
 * `guidelint templates`: the config's templates with their paths (what `documents` entries and
 * `--template` may name), then the built-in ones with what each is for; a configured name that is
 * also a built-in's shadows it.
 */
import { loadConfig } from '../../config/load.js';
import { BUILTIN_TEMPLATES, type BuiltinTemplateName } from '../../config/templates.js';
import { displayPath } from '../../files/display-path.js';
import type { TemplatesCommand } from '../args.js';
import type { CliIo } from '../io.js';

const DESCRIPTIONS: Record<BuiltinTemplateName, string> = {
  'implementation-guide':
    'Guide to building a feature: purpose, prerequisites, steps, testing, troubleshooting, examples',
  'phased-guide': 'Phased rollout plan: pre-flight checks, dependencies, week-by-week phases, testing, rollback',
  'design-doc': 'Design document: status metadata, problem, architecture, alternatives, trade-offs, migration',
  'implementation-spec':
    'Component build spec: stack, API, algorithms, data models, config, security, deployment, operations',
  'task-guide': 'Guide for one ticket (e.g. CHRONO-003): prerequisites, phase checklists, steps, debugging',
};

export async function runTemplates(command: TemplatesCommand, io: CliIo): Promise<number> {
  const loaded = await loadConfig({ cwd: io.cwd, configPath: command.config });
  const configured = Object.entries(loaded.config.templates).map(([name, entry]): [string, string] => [name, displayPath(entry.path, io.cwd)]);
  const builtins = BUILTIN_TEMPLATES.map((name): [string, string] => [
    name,
    configured.some(([own]) => own === name) ? `${DESCRIPTIONS[name]} (shadowed by the configured one)` : DESCRIPTIONS[name],
  ]);
  if (configured.length === 0) {
    io.stdout.write(rows(builtins, ''));
    return 0;
  }
  const width = Math.max(...[...configured, ...builtins].map(([name]) => name.length));
  const where = loaded.filePath === null ? '' : ` in ${displayPath(loaded.filePath, io.cwd)}`;
  io.stdout.write(`Configured${where}:\n${rows(configured, '  ', width)}\nBuilt in:\n${rows(builtins, '  ', width)}`);
  return 0;
}

/** `name  text` lines, the text aligned. */
function rows(entries: readonly (readonly [string, string])[], indent: string, width = Math.max(...entries.map(([name]) => name.length))): string {
  return entries.map(([name, text]) => `${indent}${name.padEnd(width)}  ${text}\n`).join('');
}
