/** `guidelint new <template> <file> [--title …]`: write a new document from a template, never over a file. */
import { readFile } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import { loadConfig } from '../../config/load.js';
import { findTemplate, selectFromDocument, type SelectedTemplate } from '../../config/select.js';
import type { LoadedConfig } from '../../config/types.js';
import { describeFsError, UserError } from '../../engine/errors.js';
import { lintOutline } from '../../engine/lint-outline.js';
import { newDocument } from '../../engine/new-document.js';
import { createTemplateLoader } from '../../engine/template-loader.js';
import { lintOptionsOf, resolveTemplate } from '../../engine/templates.js';
import { createFile, FileExistsError } from '../../files/create-file.js';
import { displayPath } from '../../files/display-path.js';
import { buildOutline } from '../../outline/index.js';
import type { NewCommand } from '../args.js';
import type { CliIo } from '../io.js';

export async function runNew(command: NewCommand, io: CliIo): Promise<number> {
  const config = await loadConfig({ cwd: io.cwd, configPath: command.config });
  const template = resolveTemplate(command.template, io.cwd, config);
  const schema = await createTemplateLoader(io.cwd)(template);
  const filePath = resolve(io.cwd, command.file);
  const shown = displayPath(filePath, io.cwd);
  const text = newDocument(await readFile(template.path, 'utf8'), schema, {
    ...(command.title === undefined ? {} : { title: command.title }),
    frontmatterTemplate: frontmatterReference(filePath, template, config),
  });
  try {
    await createFile(filePath, text);
  } catch (error) {
    if (error instanceof FileExistsError) throw new UserError(`${shown} already exists; guidelint new never overwrites a file`);
    throw new UserError(`cannot write ${shown}: ${describeFsError(error)}`);
  }
  const findings = lintOutline(buildOutline(text), schema, lintOptionsOf(template));
  const placeholders = findings.filter((finding) => finding.ruleId === 'placeholder').length;
  io.stdout.write(
    `Wrote ${shown} from the template ${template.name}` +
      (placeholders === 0 ? '.\n' : `, with ${placeholders} placeholder${placeholders === 1 ? '' : 's'} to fill in.\n`) +
      `Next: write the document, then run \`guidelint check ${shown}\`.\n`,
  );
  return 0;
}

/**
 * How the new document's frontmatter names its template: null when the config's `documents`
 * already choose that template for it; the template's name when the name reaches it from the
 * document's folder; else its path relative to that folder.
 */
function frontmatterReference(filePath: string, template: SelectedTemplate, config: LoadedConfig): string | null {
  const chosen = selectFromDocument(filePath, undefined, config).template;
  if (chosen?.name === template.name && chosen.path === template.path) return null;
  const folder = dirname(filePath);
  if (findTemplate(template.name, folder, config)?.path === template.path) return template.name;
  return relative(folder, template.path).split(sep).join('/');
}
