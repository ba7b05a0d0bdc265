/**
 * loadConfig: the configuration for a run, found upward from a folder (see ConfigLookup) or named
 * explicitly, read and checked with every default filled in.
 */

import { resolve } from 'node:path';
import { displayPath } from '../files/display-path.js';
import { readOwnConfig } from './config-file.js';
import { ConfigLookup } from './lookup.js';
import type { LoadedConfig } from './types.js';
import { defaultConfig } from './validate.js';

export { CONFIG_FILE_NAMES, findConfigFile } from './config-file.js';

export interface LoadConfigOptions {
  /** Where discovery starts (the CLI: the working folder; the editor: the document's folder). */
  cwd: string;
  /** A config file named explicitly (`--config`), relative to `cwd`; no discovery then, and no config above it applies. */
  configPath?: string;
}

/**
 * The config that applies, with defaults filled in; with no config file found, the defaults and
 * `dir` = `cwd`. Throws `ConfigError` (one line: file, key path, what was expected) for any problem.
 */
export async function loadConfig(options: LoadConfigOptions): Promise<LoadedConfig> {
  const cwd = resolve(options.cwd);
  if (options.configPath === undefined) return new ConfigLookup(cwd).forFolder(cwd);
  const filePath = resolve(cwd, options.configPath);
  const { config, dir } = await readOwnConfig(filePath, displayPath(filePath, cwd));
  return { config, filePath, dir };
}

/** What a run without a config file uses: the defaults, paths relative to `dir`. */
export function emptyConfig(dir: string): LoadedConfig {
  return { config: defaultConfig(), filePath: null, dir: resolve(dir) };
}
