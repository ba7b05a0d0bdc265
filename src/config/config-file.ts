/**
 * One config file: which file in a folder is the config (discovery), and reading it — JSON, YAML,
 * a JS module's default export or package.json's `guidelint` key — into plain data that
 * validateConfig checks.
 */

import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseDocument } from 'yaml';
import { displayPath } from '../files/display-path.js';
import { ConfigError, type KeyPath } from './errors.js';
import type { OwnConfig } from './extend.js';
import { findJsonSyntaxError, lineColumn } from './json-syntax.js';
import { isFile } from './templates.js';
import type { TemplateEntry } from './types.js';
import { importModule } from './module-import.js';
import { validateConfig } from './validate.js';

/** One config file read and checked on its own; `label` is how messages name it (see `displayPath`). */
export async function readOwnConfig(filePath: string, label: string): Promise<OwnConfig> {
  return checkOwnConfig(await readConfigFile(filePath, label), filePath, label);
}

/** A config file's content checked; its `documents` may name `inheritedTemplates` too. */
export function checkOwnConfig(
  content: ConfigFileContent,
  filePath: string,
  label: string,
  inheritedTemplates?: Readonly<Record<string, TemplateEntry>>,
): OwnConfig {
  const { data, keyPath } = content;
  const dir = dirname(filePath);
  const config = validateConfig(data, { label, keyPath, dir, isFile, ...(inheritedTemplates ? { inheritedTemplates } : {}) });
  return { config, filePath, dir, writesDetect: isObject(data) && 'detect' in data };
}

/** Whether the content says `root: true` (read before it is checked: whether to read the configs above depends on it). */
export function saysRoot(content: ConfigFileContent): boolean {
  return isObject(content.data) && content.data['root'] === true;
}

function isObject(data: unknown): data is Record<string, unknown> {
  return typeof data === 'object' && data !== null;
}

/** In order of precedence within one folder; package.json counts only with a `guidelint` key. */
export const CONFIG_FILE_NAMES = [
  '.guidelintrc.json',
  '.guidelintrc.yaml',
  '.guidelintrc.yml',
  'guidelint.config.js',
  'guidelint.config.mjs',
] as const;

/** The absolute path of the config file for `startDir` (absolute), or null when there is none up to the root. */
export async function findConfigFile(startDir: string): Promise<string | null> {
  for (let dir = startDir; ; dir = dirname(dir)) {
    const found = await configFileIn(dir, startDir);
    if (found !== null) return found;
    if (dirname(dir) === dir) return null;
  }
}

/**
 * The config file in the folder `dir` itself, or null; `names` (the folder's entries, when known)
 * spares looking for absent files. `cwd`: what a bad package.json's message is relative to.
 */
export async function configFileIn(dir: string, cwd: string, names?: ReadonlySet<string>): Promise<string | null> {
  for (const name of CONFIG_FILE_NAMES) {
    if (names !== undefined && !names.has(name)) continue;
    const candidate = join(dir, name);
    if (await isFileAsync(candidate)) return candidate;
  }
  if (names !== undefined && !names.has('package.json')) return null;
  const packageJson = join(dir, 'package.json');
  return (await isFileAsync(packageJson)) && (await hasConfigKey(packageJson, cwd)) ? packageJson : null;
}

/** Whether a file of that name may be a config file (package.json only with a `guidelint` key). */
export function isConfigFileName(name: string): boolean {
  return (CONFIG_FILE_NAMES as readonly string[]).includes(name) || name === 'package.json';
}

async function isFileAsync(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** A package.json that is not valid JSON is an error, as it is for npm: the config may be in it. */
async function hasConfigKey(packageJson: string, cwd: string): Promise<boolean> {
  const data = parseJson(await readFile(packageJson, 'utf8'), displayPath(packageJson, cwd));
  return typeof data === 'object' && data !== null && PACKAGE_JSON_KEY in data;
}

export interface ConfigFileContent {
  data: unknown;
  /** Where the config sits inside the file: `['guidelint']` in package.json, else empty. */
  keyPath: KeyPath;
}

type ConfigFormat = 'json' | 'yaml' | 'module' | 'package.json';

const PACKAGE_JSON_KEY = 'guidelint';

function formatOf(filePath: string): ConfigFormat {
  if (basename(filePath) === 'package.json') return 'package.json';
  const ext = extname(filePath).toLowerCase();
  if (ext === '.json') return 'json';
  if (ext === '.js' || ext === '.mjs' || ext === '.cjs') return 'module';
  // .yaml, .yml, and files with no known extension: YAML also reads JSON.
  return 'yaml';
}

/** `label` is how messages name the file (see `displayPath`). */
export async function readConfigFile(filePath: string, label: string): Promise<ConfigFileContent> {
  const format = formatOf(filePath);
  if (format === 'module') return { data: await importDefault(filePath, label), keyPath: [] };
  const text = stripBom(await readText(filePath, label));
  if (format === 'yaml') return { data: parseYaml(text, label), keyPath: [] };
  const data = parseJson(text, label);
  if (format === 'json') return { data, keyPath: [] };
  if (typeof data !== 'object' || data === null || !(PACKAGE_JSON_KEY in data)) {
    throw new ConfigError(`${label}: no "${PACKAGE_JSON_KEY}" key`);
  }
  return { data: (data as Record<string, unknown>)[PACKAGE_JSON_KEY], keyPath: [PACKAGE_JSON_KEY] };
}

async function readText(filePath: string, label: string): Promise<string> {
  try {
    return await readFile(filePath, 'utf8');
  } catch (error) {
    throw new ConfigError(`${label}: ${fileProblem(error)}`);
  }
}

function fileProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a folder, not a config file';
  return `cannot read (${code ?? String(error)})`;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function parseJson(text: string, label: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const problem = findJsonSyntaxError(text);
    if (problem === null) throw new ConfigError(`${label}: bad JSON: ${(error as Error).message}`);
    const { line, column } = lineColumn(text, problem.offset);
    throw new ConfigError(`${label}: bad JSON at line ${line}, column ${column}: ${problem.message}`);
  }
}

function parseYaml(text: string, label: string): unknown {
  const document = parseDocument(text, { prettyErrors: false });
  const [error] = document.errors;
  if (error !== undefined) {
    const { line, column } = lineColumn(text, error.pos[0]);
    throw new ConfigError(`${label}: bad YAML at line ${line}, column ${column}: ${firstLine(error)}`);
  }
  try {
    return document.toJS() ?? {};
  } catch (error) {
    // An alias bomb (aliases of aliases: a few hundred bytes that would expand to gigabytes) parses
    // fine; the yaml package refuses to expand it past its alias count.
    throw new ConfigError(`${label}: bad YAML: ${firstLine(error)}`);
  }
}

async function importDefault(filePath: string, label: string): Promise<unknown> {
  let mtime: number;
  try {
    mtime = (await stat(filePath)).mtimeMs;
  } catch (error) {
    throw new ConfigError(`${label}: ${fileProblem(error)}`);
  }
  let module: { default?: unknown };
  try {
    // The modification time in the URL makes a long-lived process (the language server) see edits.
    module = (await importModule(`${pathToFileURL(filePath).href}?mtime=${mtime}`)) as { default?: unknown };
  } catch (error) {
    throw new ConfigError(`${label}: cannot load: ${firstLine(error)}`);
  }
  if (module.default === undefined) {
    throw new ConfigError(`${label}: no default export (expected \`export default { … }\`)`);
  }
  return module.default;
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0] ?? text;
}
