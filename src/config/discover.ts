/** Finds the config file that applies to a folder: the nearest one in it or above it. */

import { readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { displayPath } from '../files/display-path.js';
import { PACKAGE_JSON_KEY, parseJson } from './read.js';

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
      if (await isFile(candidate)) return candidate;
    }
    const packageJson = join(dir, 'package.json');
    if ((await isFile(packageJson)) && (await hasConfigKey(packageJson, startDir))) return packageJson;
    if (dirname(dir) === dir) return null;
  }
}

async function isFile(path: string): Promise<boolean> {
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
