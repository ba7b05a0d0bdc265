/**
 * A V8 code cache for the CLI bundle: what Node 22's `module.enableCompileCache()` does, for Node
 * 20, which has none. The bundle is CommonJS, compiled with `vm.Script` from the cache's bytecode
 * when there is one, and each run that compiled it from source leaves its bytecode for the next
 * (V8 rejects bytecode of another V8 version or other flags; the file name carries the bundle's
 * hash). Without it, a one-file check spends about as long compiling the bundle as linting.
 *
 * Where: `$NODE_COMPILE_CACHE` if set, else a folder of the user's own in the temporary folder
 * (Node 22's default place); `NODE_DISABLE_COMPILE_CACHE=1` turns it off, as it does Node's. A
 * folder someone else could write to is never read: bytecode is code.
 */
import type { Stats } from 'node:fs';
import { join } from 'node:path';
import { shortHash } from '../engine/short-hash.js';

/** What the cache of a run depends on besides the bundle. */
export interface Runtime {
  nodeVersion: string;
  arch: string;
  /** Node's and V8's flags (`process.execArgv`, NODE_OPTIONS): V8 rejects bytecode made under others. */
  flags: string;
}

/**
 * The cache folder, or null when the cache is off. `uid` is the user's id (POSIX), undefined on
 * Windows, where the temporary folder is the user's own.
 */
export function codeCacheFolder(env: Readonly<Record<string, string | undefined>>, tmpdir: string, uid: number | undefined): string | null {
  if (env.NODE_DISABLE_COMPILE_CACHE !== undefined && env.NODE_DISABLE_COMPILE_CACHE !== '') return null;
  const chosen = env.NODE_COMPILE_CACHE;
  if (chosen !== undefined && chosen !== '') return join(chosen, 'guidelint');
  return join(tmpdir, uid === undefined ? 'guidelint-code-cache' : `guidelint-code-cache-${uid}`);
}

/**
 * Whether bytecode in a folder with these stats may run: a folder (not a link to one) owned by the
 * user, that no one else can write to. On Windows (no uid) any folder.
 */
export function trustedFolder(stats: Pick<Stats, 'isDirectory' | 'uid' | 'mode'>, uid: number | undefined): boolean {
  if (!stats.isDirectory()) return false;
  return uid === undefined || (stats.uid === uid && (stats.mode & 0o022) === 0);
}

/** Which cache a run reads, and whether it may write it. */
export interface CacheProfile {
  name: string;
  write: boolean;
}

/**
 * What a run does, for its cache: each command compiles other parts of the bundle, and a cache
 * holds what the run that wrote it compiled. The command named first, else `check`. A run that only
 * prints its help or version reads that cache but never writes it: it compiles next to nothing.
 */
export function cacheProfile(argv: readonly string[], commands: readonly string[]): CacheProfile {
  const first = argv.find((arg) => !arg.startsWith('-'));
  const name = first !== undefined && commands.includes(first) ? first : 'check';
  return { name, write: !argv.some((arg) => arg === '--help' || arg === '-h' || arg === '--version' || arg === '-v') };
}

/** The cache file of a bundle (by its content hash) and a profile, on this runtime. */
export function codeCacheFileName(bundleHash: string, profile: string, runtime: Runtime): string {
  const flags = runtime.flags === '' ? '' : `-${shortHash(runtime.flags)}`;
  return `${bundleHash}-${profile}-${runtime.nodeVersion}-${runtime.arch}${flags}.cache`;
}
