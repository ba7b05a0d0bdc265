/** Removes the package that global-setup.mjs built. */
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { BUILT_CLI } from './global-setup.mjs';

export default function globalTeardown() {
  const bin = process.env[BUILT_CLI];
  if (bin !== undefined) rmSync(dirname(dirname(dirname(bin))), { recursive: true, force: true });
}
