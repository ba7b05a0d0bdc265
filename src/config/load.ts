/** loadConfig: find, read, check and normalize the configuration for a run. */

import { dirname, resolve } from 'node:path';
import { displayPath } from '../files/display-path.js';
import { findConfigFile } from './discover.js';
import { readConfigFile } from './read.js';
import { isFile } from './template-ref.js';
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
