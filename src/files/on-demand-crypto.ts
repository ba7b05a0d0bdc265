/**
 * node:crypto's functions, the module loaded on first use: loading it costs a run ~4 ms, and a
 * one-file check (no --cache, --shard or file to write) needs none of it.
 */
import type { Hash } from 'node:crypto';
import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);
let crypto: typeof import('node:crypto') | undefined;

function loaded(): typeof import('node:crypto') {
  crypto ??= load('node:crypto') as typeof import('node:crypto');
  return crypto;
}

export function createHash(algorithm: string): Hash {
  return loaded().createHash(algorithm);
}

export function randomBytes(size: number): Buffer {
  return loaded().randomBytes(size);
}
