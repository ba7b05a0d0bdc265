/**
 * Starts the CLI: loads the bundle (dist/cli/guidelint.cjs) through the V8 code cache
 * (code-cache.ts) and runs it. scripts/bundle.mjs builds this module alone into dist/cli/launch.cjs,
 * which dist/cli/main.js (bin/guidelint.js's) and dist/cli/worker-main.js (a lint worker's) load.
 * Anything wrong with the cache only costs the compile: the bundle runs either way.
 */
import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { useCompileBudgetOf } from '../engine/compile-budget.js';
import { cacheProfile, codeCacheFileName, codeCacheFolder, trustedFolder, type CacheProfile, type Runtime } from './code-cache.js';
import type { StartupFiles } from '../engine/schema-store.js';
import type { CliIo } from './io.js';
import { COMMANDS } from './options.js';

/** The bundle's content hash: scripts/bundle.mjs defines it when it builds this module. */
declare const GUIDELINT_BUNDLE_HASH: string;

/** What src/cli/bundle-entry.ts exports. */
interface CliBundle {
  main(argv: readonly string[], io?: CliIo, startupFiles?: StartupFiles): Promise<number>;
  startWorker(): Promise<void>;
  setModuleImporter(importer: (url: string) => Promise<unknown>): void;
}

const BUNDLE = fileURLToPath(new URL('./guidelint.cjs', import.meta.url));

/** Files not written for this long are removed when a new one is written (old builds', old Node versions'). */
const STALE_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Runs the command line `argv` (the arguments after the program name) with the process's streams,
 * or with `io` (a test's captured ones); resolves to the exit code.
 */
export function launch(argv: readonly string[], io?: CliIo): Promise<number> {
  const profile = cacheProfile(argv, COMMANDS.map((command) => command.name));
  useCompileBudgetOf(profile.name);
  const folder = openStartupFolder();
  return loadBundle(profile, folder).main(argv, io, folder === null ? undefined : thisBuildsFiles(folder));
}

/** A lint worker thread's start: it reads the `check` runs' cache, and leaves the writing to them. */
export function startWorker(): Promise<void> {
  return loadBundle({ name: 'check', write: false }, openStartupFolder()).startWorker();
}

function loadBundle(profile: CacheProfile, folder: StartupFiles | null): CliBundle {
  const cacheFile = codeCacheFileName(GUIDELINT_BUNDLE_HASH, profile.name, runtime());
  const bytecode = folder?.read(cacheFile);
  // The bundle is ASCII (bundle.mjs makes sure): read as latin1, it skips UTF-8 decoding.
  const script = new vm.Script(Module.wrap(readFileSync(BUNDLE, 'latin1')), {
    filename: BUNDLE,
    ...(bytecode === undefined ? {} : { cachedData: bytecode }),
  });
  if (folder !== null && profile.write && (bytecode === undefined || script.cachedDataRejected === true)) {
    // At the end, when the bytecode holds all the run compiled; a run that stopped on an error compiled little.
    process.once('exit', (code) => {
      if (code === 0 || code === 1) folder.write(cacheFile, script.createCachedData());
    });
  }
  const module = { exports: {} as CliBundle };
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper(module.exports, createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE));
  // Node runs no import() in a vm.Script compiled from a code cache: the bundle imports through this module's.
  module.exports.setModuleImporter((url) => import(url));
  return module.exports;
}

function runtime(): Runtime {
  return {
    nodeVersion: process.version,
    arch: process.arch,
    flags: [...process.execArgv, process.env.NODE_OPTIONS ?? ''].join(' ').trim(),
  };
}

/** The code cache's folder (code-cache.ts), or null when the cache is off or its folder is not to be trusted. */
function openStartupFolder(): StartupFiles | null {
  const uid = process.getuid?.();
  const folder = codeCacheFolder(process.env, tmpdir(), uid);
  if (folder === null) return null;
  let exists = true;
  try {
    if (!trustedFolder(lstatSync(folder), uid)) return null;
  } catch {
    exists = false;
  }
  const path = (name: string): string => join(folder, name);
  return {
    read(name) {
      if (!exists) return undefined;
      try {
        return readFileSync(path(name));
      } catch {
        return undefined;
      }
    },
    write(name, data) {
      if (writeWhole(folder, path(name), data, uid)) exists = true;
    },
  };
}

/** The bundle's files in the folder: their names begin with its hash, as the code cache's do. */
function thisBuildsFiles(folder: StartupFiles): StartupFiles {
  return {
    read: (name) => folder.read(`${GUIDELINT_BUNDLE_HASH}-${name}`),
    write: (name, data) => folder.write(`${GUIDELINT_BUNDLE_HASH}-${name}`, data),
  };
}

/** Writes the file whole or not at all (a rename), in a folder of the user's own; failures are ignored. */
function writeWhole(folder: string, file: string, data: string | Uint8Array, uid: number | undefined): boolean {
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    if (!trustedFolder(lstatSync(folder), uid)) return false;
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, data, { mode: 0o600 });
    renameSync(partial, file);
    removeStale(folder, Date.now());
    return true;
  } catch {
    // Not kept this time: the next run does the work again.
    return false;
  }
}

function removeStale(folder: string, now: number): void {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (now - statSync(path).mtimeMs > STALE_MS) rmSync(path, { force: true });
  }
}
