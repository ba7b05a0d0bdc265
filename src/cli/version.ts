/** guidelint's version, read once from its package.json. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../config/package-root.js';

let cached: string | undefined;

export function packageVersion(): string {
  cached ??= String((JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: unknown }).version);
  return cached;
}
