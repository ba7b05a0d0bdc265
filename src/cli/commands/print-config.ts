/**
 * `guidelint print-config <file>`: the config that applies to a file and the template it follows,
 * as JSON (like `eslint --print-config`): which config files were merged, nearest first, the merged
 * settings with each `documents` entry's and `ignore` glob's config, whether the file is ignored,
 * and the template chosen with the severities and overrides it is checked with. The file need not
 * exist (then its frontmatter names no template).
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { loadConfig } from '../../config/load.js';
import { ConfigLookup, configIgnoreLookup, singleConfig } from '../../config/lookup.js';
import type { SelectedTemplate } from '../../config/select.js';
import type { LoadedConfig, RuleOptions, RuleSeverities, TemplateEntry } from '../../config/types.js';
import { decodeDocument } from '../../engine/decode.js';
import { describeFsError, UserError } from '../../engine/errors.js';
import { createTemplateLoader } from '../../engine/template-loader.js';
import { chooseTemplate, planStdin } from '../../engine/plan.js';
import { displayPath } from '../../files/display-path.js';
import { IgnoreRules } from '../../files/ignore.js';
import { outlineFromMarkdownIt } from '../../outline/from-markdown-it.js';
import type { PrintConfigCommand } from '../args.js';
import type { CliIo } from '../io.js';

export async function runPrintConfig(command: PrintConfigCommand, io: CliIo): Promise<number> {
  const { cwd } = io;
  const filePath = resolve(cwd, command.file);
  const lookup = command.config === undefined ? new ConfigLookup(cwd) : singleConfig(await loadConfig({ cwd, configPath: command.config }));
  const config = await lookup.forFolder(dirname(filePath));
  const ignored = await new IgnoreRules({ cwd, configIgnore: configIgnoreLookup(lookup) }).whyIgnored(filePath, false);
  const text = await documentText(filePath, cwd);
  const plan = await planStdin({ cwd, config, lookup, loadTemplate: createTemplateLoader(cwd) }, Buffer.from(text), filePath);
  const choice = chooseTemplate(plan.files[0]!, outlineFromMarkdownIt(text));
  const shown = (path: string): string => displayPath(path, cwd);
  const printed = {
    filePath: shown(filePath),
    configFiles: configFiles(config).map(shown),
    ignored,
    config: {
      templates: Object.fromEntries(Object.entries(config.config.templates).map(([name, entry]) => [name, printedEntry(entry, shown)])),
      documents: config.config.documents.map((entry, index) => {
        // An entry's globs and template path are relative to the folder of the config that wrote it.
        const writtenAt = entry.inherited ?? { filePath: config.filePath!, index };
        const when = entry.when?.map(({ fields, severity, rules, ruleOptions, sections, fieldOverrides }) => ({
          fields,
          ...(severity ? { severity } : {}),
          rules: eslintRules(rules, ruleOptions),
          sections,
          fieldOverrides,
        }));
        return { files: entry.files, template: entry.template, ...(when ? { when } : {}), config: shown(writtenAt.filePath), index: writtenAt.index };
      }),
      rules: eslintRules(config.config.rules, config.config.ruleOptions),
      ignore: ignoreGroups(config).map(({ filePath: file, globs }) => ({ config: shown(file), globs })),
      detect: config.config.detect,
    },
    template: choice.kind === 'template' ? { ...printedTemplate(choice.template, shown), via: choice.via, reason: choice.reason } : null,
    ...(choice.kind === 'template' ? {} : { why: choice.kind === 'skip' ? choice.reason : choice.message }),
  };
  io.stdout.write(`${JSON.stringify(printed, null, 2)}\n`);
  return 0;
}

async function documentText(filePath: string, cwd: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(filePath);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw new UserError(`cannot read ${displayPath(filePath, cwd)}: ${describeFsError(error)}`);
  }
  const decoded = decodeDocument(bytes);
  if (!decoded.ok) throw new UserError(`cannot read ${displayPath(filePath, cwd)}: ${decoded.problem.message}`);
  return decoded.text;
}

/** The config files merged, nearest first. */
function configFiles(config: LoadedConfig): string[] {
  return config.filePath === null ? [] : [config.filePath, ...(config.parents ?? []).map((parent) => parent.filePath)];
}

function ignoreGroups(config: LoadedConfig): { filePath: string; globs: string[] }[] {
  if (config.filePath === null) return [];
  return [{ filePath: config.filePath, globs: config.config.ignore }, ...(config.parents ?? []).map(({ filePath, ignore }) => ({ filePath, globs: ignore }))];
}

/** Severities with their options as the config writes them: `"warn"` or `["warn", { … }]`. */
function eslintRules(severities: RuleSeverities, options: RuleOptions): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(severities).map(([id, severity]) => {
      const ruleOptions = options[id as keyof RuleOptions];
      return [id, ruleOptions === undefined ? severity : [severity, ruleOptions]];
    }),
  );
}

function printedEntry(entry: TemplateEntry, shown: (path: string) => string): Record<string, unknown> {
  return {
    path: shown(entry.path),
    rules: eslintRules(entry.rules, entry.ruleOptions),
    sections: entry.sections,
    fields: entry.fields,
    fieldOrder: entry.fieldOrder,
  };
}

function printedTemplate(template: SelectedTemplate, shown: (path: string) => string): Record<string, unknown> {
  return {
    name: template.name,
    path: shown(template.path),
    rules: eslintRules(template.rules, template.ruleOptions),
    sections: template.sections,
    fields: template.fields,
    fieldOrder: template.fieldOrder,
    ...(template.severity ? { severity: template.severity } : {}),
  };
}
