/** Reads one config file into plain data: JSON, YAML, a JS module's default export, or package.json's `guidelint` key. */

import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseDocument } from 'yaml';
import { ConfigError } from './errors.js';
import { findJsonSyntaxError, lineColumn } from './json-syntax.js';
import type { KeyPath } from './key-path.js';

export interface RawConfig {
  data: unknown;
  /** Where the config sits inside the file: `['guidelint']` in package.json, else empty. */
  keyPath: KeyPath;
}

type ConfigFormat = 'json' | 'yaml' | 'module' | 'package.json';

export const PACKAGE_JSON_KEY = 'guidelint';

function formatOf(filePath: string): ConfigFormat {
  if (basename(filePath) === 'package.json') return 'package.json';
  const ext = extname(filePath).toLowerCase();
  if (ext === '.json') return 'json';
  if (ext === '.js' || ext === '.mjs' || ext === '.cjs') return 'module';
  // .yaml, .yml, and files with no known extension: YAML also reads JSON.
  return 'yaml';
}

/** `label` is how messages name the file (see `displayPath`). */
export async function readConfigFile(filePath: string, label: string): Promise<RawConfig> {
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

export function parseJson(text: string, label: string): unknown {
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
  return document.toJS() ?? {};
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
