/** Locates files shipped with the package (templates/, schema/) from the running module, and reads its version. */

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cachedRoot: string | undefined;
let cachedVersion: string | undefined;

/**
 * The package's root folder: the nearest folder above this module holding a package.json. Walking
 * up, rather than a fixed `../..`, finds it both from src/config (tests) and from dist/src/config.
 */
export function packageRoot(): string {
  if (cachedRoot !== undefined) return cachedRoot;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`guidelint: no package.json above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
  cachedRoot = dir;
  return dir;
}

/** guidelint's version, read once from its package.json. */
export function packageVersion(): string {
  cachedVersion ??= String((JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: unknown }).version);
  return cachedVersion;
}
