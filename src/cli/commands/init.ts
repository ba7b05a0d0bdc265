/**
 * `guidelint init`: scan the repository, propose a config — its own templates, and which folders
 * of documents follow which template — and write it to `.guidelintrc.yaml`, never over a config.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { detectionCandidate, detectTemplate, type DetectionCandidate } from '../../config/detect.js';
import { findConfigFile } from '../../config/load.js';
import { looksLikeTemplate, proposeDocuments, templateNames, type FolderMapping, type ScannedFile } from '../init/propose.js';
import { documentCount, starterConfig } from '../init/starter-config.js';
import { BUILTIN_TEMPLATES, builtinTemplatePath } from '../../config/templates.js';
import { decodeDocument } from '../../engine/decode.js';
import { describeFsError, UserError } from '../../engine/errors.js';
import { createTemplateLoader, type TemplateLoader } from '../../engine/template-loader.js';
import { createFile, FileExistsError } from '../../files/create-file.js';
import { displayPath } from '../../files/display-path.js';
import { expandInputs } from '../../files/expand.js';
import { fixedConfigIgnore } from '../../files/ignore.js';
import { buildOutline } from '../../outline/index.js';
import type { Outline, Section } from '../../outline/types.js';
import { templatePlaceholders } from '../../template/compile.js';
import type { CliIo } from '../io.js';

const CONFIG_NAME = '.guidelintrc.yaml';

/** One readable Markdown file of the repository. */
interface Scanned {
  /** Relative to cwd, `/`-separated. */
  path: string;
  outline: Outline;
  placeholders: number;
}

interface OwnTemplate {
  name: string;
  /** Relative to cwd, `/`-separated. */
  path: string;
  candidate: DetectionCandidate;
}

export async function runInit(io: CliIo): Promise<number> {
  const cwd = resolve(io.cwd);
  const existing = await findConfigFile(cwd);
  if (existing !== null && dirname(existing) === cwd) {
    throw new UserError(`${displayPath(existing, cwd)} already configures guidelint here; init never overwrites a config`);
  }
  const { files, warnings } = await scanRepository(cwd);
  for (const warning of warnings) io.stderr.write(`guidelint: warning: ${warning}\n`);
  const proposal = await propose(files, cwd);
  try {
    await createFile(join(cwd, CONFIG_NAME), starterConfig({ templates: proposal.templates, documents: proposal.mappings }));
  } catch (error) {
    if (error instanceof FileExistsError) throw new UserError(`${CONFIG_NAME} already exists; init never overwrites a file`);
    throw new UserError(`cannot write ${CONFIG_NAME}: ${describeFsError(error)}`);
  }
  io.stdout.write(summary(proposal, existing === null ? null : displayPath(existing, cwd)));
  return 0;
}

interface Proposal {
  templates: OwnTemplate[];
  /** The repository's documents: its Markdown files that are no template. */
  documents: ScannedFile[];
  mappings: FolderMapping[];
}

/** The repository's own templates, and the folders of documents whose headings match a template. */
async function propose(files: readonly Scanned[], cwd: string): Promise<Proposal> {
  const loadTemplate = createTemplateLoader(cwd);
  const templateFiles = files.filter((file) => looksLikeTemplate(file.path, file.placeholders, nonBlankLines(file.outline)));
  const templates = await ownTemplates(templateFiles, cwd, loadTemplate);
  const builtins = BUILTIN_TEMPLATES.filter((name) => !templates.some((template) => template.name === name));
  const builtinCandidates = await Promise.all(
    builtins.map(async (name) => detectionCandidate(await loadTemplate({ name, path: builtinTemplatePath(name) }))),
  );
  const candidates = [...templates.map((template) => template.candidate), ...builtinCandidates];
  const documents = files
    .filter((file) => !templateFiles.includes(file))
    .map((file) => ({
      path: file.path,
      declared: typeof file.outline.frontmatter?.data?.['template'] === 'string',
      detected: detectTemplate(headingTexts(file.outline.root), candidates).name,
    }));
  return { templates, documents, mappings: proposeDocuments(documents) };
}

/** Every Markdown file that .gitignore and .guidelintignore leave in (node_modules never), read and outlined. */
async function scanRepository(cwd: string): Promise<{ files: Scanned[]; warnings: string[] }> {
  const expanded = await expandInputs(['.'], { cwd, configIgnore: fixedConfigIgnore(cwd, []), errorOnUnmatchedPattern: false });
  const files: Scanned[] = [];
  for (const filePath of expanded.files) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(filePath);
    } catch {
      continue; // Vanished or unreadable: `guidelint` reports it if it ever checks the file.
    }
    const decoded = decodeDocument(bytes);
    if (!decoded.ok) continue;
    const outline = buildOutline(decoded.text);
    files.push({ path: relative(cwd, filePath).split(sep).join('/'), outline, placeholders: placeholderCount(outline) });
  }
  return { files, warnings: expanded.warnings };
}

/** The template files that compile (a file with no heading is no template), named. */
async function ownTemplates(files: readonly Scanned[], cwd: string, loadTemplate: TemplateLoader): Promise<OwnTemplate[]> {
  const names = templateNames(files.map((file) => file.path));
  const templates: OwnTemplate[] = [];
  for (const [index, file] of files.entries()) {
    const name = names[index]!;
    try {
      const schema = await loadTemplate({ name, path: join(cwd, file.path) });
      templates.push({ name, path: file.path, candidate: detectionCandidate(schema) });
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
    }
  }
  return templates;
}

/**
 * Distinct `[…]`, `<…>` and `{…}` placeholders of two or more words outside code, read as the
 * template compiler reads them (links through reference definitions are none).
 */
function placeholderCount(outline: Outline): number {
  const distinct = new Set<string>();
  for (const hole of templatePlaceholders(outline)) {
    if (['bracket', 'angle', 'curly'].includes(hole.kind) && hole.inner.split(/\s+/u).length >= 2) distinct.add(hole.text);
  }
  return distinct.size;
}

function nonBlankLines(outline: Outline): number {
  return outline.lines.filter((line) => line.trim() !== '').length;
}

function headingTexts(section: Section): string[] {
  return section.children.flatMap((child) => [child.heading?.text ?? '', ...headingTexts(child)]);
}

/** What was written and what to run next, for someone who has read nothing else. */
function summary({ templates, documents, mappings }: Proposal, shadowed: string | null): string {
  const lines = [`Wrote ${CONFIG_NAME}.`];
  if (shadowed !== null) lines.push(`In this folder it takes the place of ${shadowed}.`);
  if (templates.length > 0) {
    lines.push('', 'Your templates:', ...table(templates.map((template) => [template.name, template.path])));
  }
  if (mappings.length > 0) {
    const rows = mappings.map((mapping) => [mapping.glob, mapping.template, documentCount(mapping.paths.length)]);
    lines.push('', 'Documents, and the template their headings match:', ...table(rows));
  } else {
    lines.push('', `No folder of documents matches a template: map folders to templates under documents: in ${CONFIG_NAME}.`);
  }
  const covered = new Set(mappings.flatMap((mapping) => mapping.paths));
  const declared = documents.filter((file) => file.declared && !covered.has(file.path)).length;
  const unmapped = documents.filter((file) => !file.declared && !covered.has(file.path)).map((file) => file.path);
  if (unmapped.length > 0) {
    const more = unmapped.length > 5 ? `, and ${unmapped.length - 5} more` : '';
    lines.push('', `Following no template, not checked: ${unmapped.slice(0, 5).join(', ')}${more}.`);
  }
  const next = [['npx guidelint', 'check the documents above']];
  if (declared > 0) {
    next.push(['npx guidelint .', `also check the ${documentCount(declared)} naming their template in a frontmatter`]);
  }
  next.push(['npx guidelint --verbose', 'say which template each file follows, and why']);
  lines.push('', 'Next:', ...table(next));
  return `${lines.join('\n')}\n`;
}

/** Rows as aligned columns, indented by two spaces (the last column is not padded). */
function table(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: readonly string[]): string =>
    row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]!))).join('  ');
  return rows.map((row) => `  ${line(row)}`);
}
