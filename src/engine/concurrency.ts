/** `--concurrency <n|auto>`: how many threads lint a run's documents. */
import { availableParallelism } from 'node:os';
import { UserError } from './errors.js';

export type Concurrency = number | 'auto';

/**
 * What a document costs to lint besides its bytes, in bytes of Markdown that cost as much. Measured
 * warm in one thread: ~0.8 ms a document and ~0.1 ms a KB (Rust RFCs: 2.2 ms at 14 KB on average,
 * KEPs: 4.1 ms at 32 KB), so a document weighs as much as its bytes plus 8 KB.
 */
export const DOCUMENT_WORK = 8 * 1024;

/**
 * With `auto`, one thread per this much work (bytes plus DOCUMENT_WORK a document), up to the
 * available cores. Every thread pays again for what one thread pays once: a worker's start (~0.2 s
 * of CPU), and its own JIT compiles, schema indexes and text memos (a thread's first pass over the
 * Rust RFCs takes twice the CPU of its second); and one thread already keeps a second core half
 * busy with V8's compiler and GC threads. Two threads took 25-50 % more CPU than one in paired runs
 * on 2 cores, and lint the Rust RFCs (639 documents, 8.9 MB: 14 MB of work) no faster than one;
 * 2,538 documents (81 MB of work) a little faster (5.8 s against 6.1 s), 10,152 clearly.
 */
export const WORK_PER_THREAD = 14 * 1024 * 1024;

/** Reads the option's value: a positive whole number or `auto`. */
export function parseConcurrency(value: string): Concurrency {
  if (value === 'auto') return 'auto';
  if (!/^\d+$/.test(value) || Number(value) === 0) {
    throw new UserError(`--concurrency must be a positive whole number or "auto", not "${value}"`);
  }
  return Number(value);
}

/**
 * The threads to lint `documents` with: never more than documents, at least one. With `auto` it
 * weighs the work; `documentBytes` (their total size, which costs a `stat` each) is asked for only
 * when their number alone does not already fill the cores.
 */
export function threadCount(
  concurrency: Concurrency,
  documents: number,
  documentBytes: () => number,
  cores: number = availableParallelism(),
): number {
  if (concurrency !== 'auto') return Math.max(1, Math.min(concurrency, documents));
  const most = Math.min(cores, documents);
  if (most <= 1) return 1;
  const fixed = documents * DOCUMENT_WORK;
  const work = fixed >= most * WORK_PER_THREAD ? fixed : fixed + documentBytes();
  return Math.max(1, Math.min(most, Math.floor(work / WORK_PER_THREAD)));
}
