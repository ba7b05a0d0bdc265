/**
 * loadConfig: find, read, check and normalize the configuration for a run. Finding is discovery
 * (the nearest config file in or above a folder); reading turns JSON, YAML, a JS module's default
 * export or package.json's `guidelint` key into plain data for validateConfig.
 */

import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseDocument } from 'yaml';
import { displayPath } from '../files/display-path.js';
import { ConfigError, type KeyPath } from './errors.js';
import { findJsonSyntaxError, lineColumn } from './json-syntax.js';
import { isFile } from './templates.js';
import type { LoadedConfig } from './types.js';
import { defaultConfig, validateConfig } from './validate.js';

export interface LoadConfigOptions {
  /** Where discovery starts (the CLI: the working folder; the editor: the document's folder). */
  cwd: string;
  /** A config file named explicitly (`--config`), relative to `cwd`; no discovery then. */
  configPath?: string;
}

/**
 * The config that applies, with defaults filled in; with no config file found, the defaults and
 * `dir` = `cwd`. Throws `ConfigError` (one line: file, key path, what was expected) for any problem.
 */
export async function loadConfig(options: LoadConfigOptions): Promise<LoadedConfig> {
  const cwd = resolve(options.cwd);
  const filePath = options.configPath === undefined ? await findConfigFile(cwd) : resolve(cwd, options.configPath);
  if (filePath === null) return emptyConfig(cwd);
  const label = displayPath(filePath, cwd);
  const dir = dirname(filePath);
  const { data, keyPath } = await readConfigFile(filePath, label);
  return { config: validateConfig(data, { label, keyPath, dir, isFile }), filePath, dir };
}

/** What a run without a config file uses: the defaults, paths relative to `dir`. */
export function emptyConfig(dir: string): LoadedConfig {
  return { config: defaultConfig(), filePath: null, dir: resolve(dir) };
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
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(dir, name);
      if (await isFileAsync(candidate)) return candidate;
    }
    const packageJson = join(dir, 'package.json');
    if ((await isFileAsync(packageJson)) && (await hasConfigKey(packageJson, startDir))) return packageJson;
    if (dirname(dir) === dir) return null;
  }
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

interface ConfigFileContent {
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
async function readConfigFile(filePath: string, label: string): Promise<ConfigFileContent> {
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
    module = (await import(`${pathToFileURL(filePath).href}?mtime=${mtime}`)) as { default?: unknown };
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
