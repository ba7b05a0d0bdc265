/**
 * What the CLI bundle (dist/cli/guidelint.cjs, built by scripts/bundle.mjs) exports to launch.ts:
 * the command line, a lint worker thread's start, and where the bundle's import() goes.
 */
export { setModuleImporter } from '../config/module-import.js';
export { main } from './main.js';

/** Runs a lint worker: its module serves the main thread from the moment it is imported. */
export async function startWorker(): Promise<void> {
  await import('../engine/worker-main.js');
}
