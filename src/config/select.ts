/** Which template a document follows (DESIGN §5): --template, frontmatter, `documents`, else none. */

import { basename, dirname, extname, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { configGlob } from '../files/config-glob.js';
import { pathInside } from '../files/path-inside.js';
import { isInside, repositoryRootOf } from '../files/repository.js';
import { ConfigError } from './errors.js';
import {
  BUILTIN_TEMPLATES,
  builtinTemplatePath,
  isBuiltinTemplate,
  isFile,
  parseTemplateRef,
  unknownTemplateMessage,
} from './templates.js';
import type { DocumentsEntry, LoadedConfig, TemplateEntry, WhenClause } from './types.js';

/**
 * A template entry as it applies to one document: its rules are the config's top-level `rules`
 * then the entry's own (options likewise).
 */
export interface SelectedTemplate extends Omit<TemplateEntry, 'origin'> {
  /** A configured or built-in name, or the file's base name for a template given by path. */
  name: string;
  /** The `when:` clauses of the documents entry that chose the template (see `templateForDocument`). */
  when?: readonly WhenClause[];
  /** Set by a `when:` clause the document meets: every finding's severity. */
  severity?: 'warn' | 'error';
  /** Where the overrides are defined, for messages (`.guidelintrc.yaml: templates.rfc`); null when none. */
  origin: string | null;
}

export interface TemplateSelection {
  /** null: the file follows no template and is skipped. */
  template: SelectedTemplate | null;
  /** Why, worded for `--verbose`: `from documents[0] "docs/rfcs/**\/*.md"`. */
  reason: string;
  /** Set when the document's frontmatter names a template that does not exist: report it as fatal for the file. */
  error?: string;
}

/**
 * Selects the template for `filePath` (absolute) in DESIGN §5's order. `frontmatterTemplate` is
 * read relative to the document's folder, `cliTemplate` relative to `cwd` (the run's working folder).
 * A file that is itself a configured, built-in or selected template is never a document.
 * Throws `ConfigError` when `cliTemplate` names no known template. `detect` is left to the caller
 * (see `detectTemplate`): it needs compiled schemas.
 */
export function selectTemplate(
  filePath: string,
  frontmatterTemplate: string | undefined,
  loaded: LoadedConfig,
  cliTemplate?: string,
  cwd: string = process.cwd(),
): TemplateSelection {
  const file = resolve(filePath);
  const own = templateOfFile(file, loaded);
  if (own !== null) return { template: null, reason: `it is the template "${own}"` };
  const selection =
    cliTemplate === undefined ? selectFromDocument(file, frontmatterTemplate, loaded) : fromCli(cliTemplate, cwd, loaded);
  if (selection.template?.path === file) {
    return { template: null, reason: `it is the template "${selection.template.name}"` };
  }
  return selection;
}

function fromCli(cliTemplate: string, cwd: string, loaded: LoadedConfig): TemplateSelection {
  const template = findTemplate(cliTemplate, cwd, loaded);
  if (template === null) throw new ConfigError(`--template: ${unknownTemplateMessage(cliTemplate, loaded.config)}`);
  return { template, reason: 'from --template' };
}

/**
 * DESIGN §5's steps 2 and 3, for a document without `--template`: its frontmatter's `template:`
 * (relative to the document's folder), else the first `documents` entry whose glob matches. It
 * does not check whether the file is itself a template (see `templateOfFile`).
 */
export function selectFromDocument(
  filePath: string,
  frontmatterTemplate: string | undefined,
  loaded: LoadedConfig,
): TemplateSelection {
  const file = resolve(filePath);
  if (frontmatterTemplate !== undefined) {
    const source = `frontmatter "template: ${frontmatterTemplate}"`;
    const template = findTemplate(frontmatterTemplate, dirname(file), loaded);
    if (template === null) {
      return {
        template: null,
        reason: `${source} names no known template`,
        error: `Frontmatter "template:" names an ${unknownTemplateMessage(frontmatterTemplate, loaded.config)}`,
      };
    }
    // Whoever writes a document must not have any file on the machine read as its template (DESIGN §5).
    const repositoryRoot = parseTemplateRef(frontmatterTemplate, dirname(file), isFileFor(loaded)).kind === 'path' ? repositoryRootOf(dirname(file)) : null;
    if (repositoryRoot !== null && !isInside(repositoryRoot, template.path)) {
      return {
        template: null,
        reason: `${source} names a template outside the repository`,
        error: `Frontmatter "template:" names a template file outside the repository: ${frontmatterTemplate}`,
      };
    }
    return { template, reason: `from ${source}` };
  }
  const match = matchDocumentsEntry(file, loaded);
  if (match === null) {
    const missing = loaded.filePath === null ? 'no config file' : 'no documents entry matches';
    return { template: null, reason: `no "template:" in its frontmatter and ${missing}` };
  }
  const { entry } = match;
  const template = findTemplate(entry.template, entryDir(entry, loaded), loaded);
  const writtenAt = entry.inherited ?? { filePath: loaded.filePath, index: match.index };
  if (template === null) {
    const where = `${writtenAt.filePath ?? 'config'}: documents[${writtenAt.index}].template`;
    throw new ConfigError(`${where}: ${unknownTemplateMessage(entry.template, loaded.config)}`);
  }
  const inherited = entry.inherited ? ` of ${relative(loaded.dir, entry.inherited.filePath).split(sep).join('/')}` : '';
  const reason = `from documents[${writtenAt.index}]${inherited} "${match.glob}"`;
  return { template: entry.when ? { ...template, when: entry.when } : template, reason };
}

/** The folder a `documents` entry's globs and template path are relative to: that of the config that wrote it. */
export function entryDir(entry: DocumentsEntry, loaded: LoadedConfig): string {
  return entry.inherited ? dirname(entry.inherited.filePath) : loaded.dir;
}

/**
 * Looks a template up by name or path (relative to `baseDir`); null for an unknown name. A path
 * that is a configured template's file gets that entry's name and overrides. The existence of a
 * path is not checked here: reading the template reports it.
 */
export function findTemplate(ref: string, baseDir: string, loaded: LoadedConfig): SelectedTemplate | null {
  const { config } = loaded;
  const parsed = parseTemplateRef(ref, baseDir, isFileFor(loaded));
  const name =
    parsed.kind === 'name'
      ? parsed.name
      : (Object.keys(config.templates).find((key) => config.templates[key]!.path === parsed.path) ?? null);
  if (name !== null && Object.hasOwn(config.templates, name)) {
    const entry = config.templates[name]!;
    return {
      name,
      path: entry.path,
      rules: { ...config.rules, ...entry.rules },
      ruleOptions: { ...config.ruleOptions, ...entry.ruleOptions },
      sections: entry.sections,
      fields: entry.fields,
      fieldOrder: entry.fieldOrder,
      origin: entry.origin,
    };
  }
  const plain = { rules: { ...config.rules }, ruleOptions: { ...config.ruleOptions }, sections: {}, fields: {}, fieldOrder: null, origin: null };
  if (parsed.kind === 'name') {
    if (!isBuiltinTemplate(parsed.name)) return null;
    return { name: parsed.name, path: builtinTemplatePath(parsed.name), ...plain };
  }
  const base = basename(parsed.path);
  const ext = extname(base);
  const fileName = /^\.(?:md|markdown)$/i.test(ext) ? base.slice(0, -ext.length) : base;
  return { name: fileName, path: parsed.path, ...plain };
}

const fileChecks = new WeakMap<LoadedConfig, (path: string) => boolean>();

/**
 * `isFile`, asked once per path for a config: every document of a run names the same few
 * templates, and would stat them each time. A config is read again when its files change (the
 * language server drops its configs then), and its answers go with it.
 */
function isFileFor(loaded: LoadedConfig): (path: string) => boolean {
  let check = fileChecks.get(loaded);
  if (!check) {
    const answers = new Map<string, boolean>();
    check = (path) => {
      let answer = answers.get(path);
      if (answer === undefined) {
        answer = isFile(path);
        answers.set(path, answer);
      }
      return answer;
    };
    fileChecks.set(loaded, check);
  }
  return check;
}

/** The name of the configured or built-in template whose file `file` (absolute) is, or null. */
export function templateOfFile(file: string, loaded: LoadedConfig): string | null {
  for (const [name, entry] of Object.entries(loaded.config.templates)) if (entry.path === file) return name;
  return BUILTIN_TEMPLATES.find((name) => builtinTemplatePath(name) === file) ?? null;
}

export interface DocumentsMatch {
  entry: DocumentsEntry;
  index: number;
  glob: string;
}

const matcherCache = new WeakMap<DocumentsEntry, picomatch.Matcher[]>();

function matchersOf(entry: DocumentsEntry): picomatch.Matcher[] {
  let matchers = matcherCache.get(entry);
  if (matchers === undefined) {
    matchers = entry.files.map((glob) => picomatch(configGlob(glob), { dot: true }));
    matcherCache.set(entry, matchers);
  }
  return matchers;
}

/** The first entry with a glob matching the file's path relative to the folder of the config that wrote it. */
export function matchDocumentsEntry(file: string, loaded: LoadedConfig): DocumentsMatch | null {
  for (const [index, entry] of loaded.config.documents.entries()) {
    const rel = pathInside(entryDir(entry, loaded), file);
    if (rel === null) continue;
    const position = matchersOf(entry).findIndex((matches) => matches(rel));
    if (position !== -1) return { entry, index, glob: entry.files[position]! };
  }
  return null;
}

