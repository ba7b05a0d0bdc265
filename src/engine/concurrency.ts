/** `--concurrency <n|auto>`: how many threads lint a run's documents. */
import { availableParallelism } from 'node:os';
import { UserError } from './errors.js';

export type Concurrency = number | 'auto';

/**
 * With `auto`, one thread per this many documents, up to the available cores. A worker costs
 * about 0.1 s to start and load the linter, while a document takes ~2–10 ms to lint: below a few
 * dozen documents per thread the start-up costs more than the second core saves.
 */
export const DOCUMENTS_PER_THREAD = 64;

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
