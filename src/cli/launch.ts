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
import type { CliIo } from './io.js';
import { COMMANDS } from './options.js';

/** The bundle's content hash: scripts/bundle.mjs defines it when it builds this module. */
declare const GUIDELINT_BUNDLE_HASH: string;

/** What src/cli/bundle-entry.ts exports. */
interface CliBundle {
  main(argv: readonly string[], io?: CliIo): Promise<number>;
  startWorker(): Promise<void>;
  setModuleImporter(importer: (url: string) => Promise<unknown>): void;
}

const BUNDLE = fileURLToPath(new URL('./guidelint.cjs', import.meta.url));

/** Caches not written for this long are removed when a new one is written (old builds', old Node versions'). */
const STALE_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Runs the command line `argv` (the arguments after the program name) with the process's streams,
 * or with `io` (a test's captured ones); resolves to the exit code.
 */
export function launch(argv: readonly string[], io?: CliIo): Promise<number> {
  const profile = cacheProfile(argv, COMMANDS.map((command) => command.name));
  useCompileBudgetOf(profile.name);
  return loadBundle(profile).main(argv, io);
}

/** A lint worker thread's start: it reads the `check` runs' cache, and leaves the writing to them. */
export function startWorker(): Promise<void> {
  return loadBundle({ name: 'check', write: false }).startWorker();
}

function loadBundle(profile: CacheProfile): CliBundle {
  const cache = openCache(profile.name);
  // The bundle is ASCII (bundle.mjs makes sure): read as latin1, it skips UTF-8 decoding.
  const script = new vm.Script(Module.wrap(readFileSync(BUNDLE, 'latin1')), {
    filename: BUNDLE,
    ...(cache?.bytecode === undefined ? {} : { cachedData: cache.bytecode }),
  });
  if (cache !== null && profile.write && (cache.bytecode === undefined || script.cachedDataRejected === true)) {
    // At the end, when the bytecode holds all the run compiled; a run that stopped on an error compiled little.
    process.once('exit', (code) => {
      if (code === 0 || code === 1) cache.write(script.createCachedData());
    });
  }
  const module = { exports: {} as CliBundle };
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper(module.exports, createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE));
  // Node runs no import() in a vm.Script compiled from a code cache: the bundle imports through this module's.
  module.exports.setModuleImporter((url) => import(url));
  return module.exports;
}

interface OpenCache {
  /** Absent when there is none yet. */
  bytecode: Buffer | undefined;
  write(bytecode: Buffer): void;
}

/** The profile's cache, or null when it is off or its folder is not to be trusted. */
function openCache(profile: string): OpenCache | null {
  const uid = process.getuid?.();
  const folder = codeCacheFolder(process.env, tmpdir(), uid);
  if (folder === null) return null;
  const runtime: Runtime = {
    nodeVersion: process.version,
    arch: process.arch,
    flags: [...process.execArgv, process.env.NODE_OPTIONS ?? ''].join(' ').trim(),
  };
  const file = join(folder, codeCacheFileName(GUIDELINT_BUNDLE_HASH, profile, runtime));
  const write = (bytecode: Buffer): void => writeCache(folder, file, bytecode, uid);
  try {
    if (!trustedFolder(lstatSync(folder), uid)) return null;
  } catch {
    return { bytecode: undefined, write };
  }
  try {
    return { bytecode: readFileSync(file), write };
  } catch {
    return { bytecode: undefined, write };
  }
}

/** Writes the file whole or not at all (a rename), in a folder of the user's own; failures are ignored. */
function writeCache(folder: string, file: string, bytecode: Buffer, uid: number | undefined): void {
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    if (!trustedFolder(lstatSync(folder), uid)) return;
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, bytecode, { mode: 0o600 });
    renameSync(partial, file);
    removeStale(folder, Date.now());
  } catch {
    // No cache this time: the next run compiles again.
  }
}

function removeStale(folder: string, now: number): void {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (now - statSync(path).mtimeMs > STALE_MS) rmSync(path, { force: true });
  }
}
