/** `--concurrency <n|auto>`: how many threads lint a run's documents. */
import { availableParallelism } from 'node:os';
import { UserError } from './errors.js';

export type Concurrency = number | 'auto';

/**
 * With `auto`, one thread per this many documents, up to the available cores. A worker costs
 * ~0.2 s of CPU to start and load the linter, and warms up its own JIT; and one thread already
 * keeps V8's compiler and GC threads busy on a second core. Measured on 2 cores (Rust RFCs, KEPs):
 * 2 workers lose to one thread at 639 documents (1.88 s against 1.48 s), win a little at 2,538
 * (5.8 s against 6.1 s) and clearly at 10,152 (15.2 s against 20.7 s).
 */
export const DOCUMENTS_PER_THREAD = 512;

/** Reads the option's value: a positive whole number or `auto`. */
export function parseConcurrency(value: string): Concurrency {
  if (value === 'auto') return 'auto';
  if (!/^\d+$/.test(value) || Number(value) === 0) {
    throw new UserError(`--concurrency must be a positive whole number or "auto", not "${value}"`);
  }
  return Number(value);
}

/** The threads to lint `documents` with: never more than documents, at least one. */
export function threadCount(concurrency: Concurrency, documents: number, cores: number = availableParallelism()): number {
  const wanted = concurrency === 'auto' ? Math.min(cores, Math.floor(documents / DOCUMENTS_PER_THREAD)) : concurrency;
  return Math.max(1, Math.min(wanted, documents));
}
