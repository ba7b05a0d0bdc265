/**
 * Progress of a long run, on standard error: `guidelint: 1200/10152 files`, rewritten in place
 * with a carriage return and cleared at the end. Only on a terminal and outside CI (the `CI`
 * variable, as CI services set it): a pipe or a CI log would keep every update.
 */
import type { CliIo } from './io.js';

/** Fewer files than this finish before progress would be worth reading. */
export const PROGRESS_MIN_FILES = 100;

/** About this many updates a run, whatever its size. */
const UPDATES = 100;

export interface Progress {
  update(done: number, total: number): void;
  /** Clears the line; safe to call when nothing was shown. */
  finish(): void;
}

const SILENT: Progress = { update: () => undefined, finish: () => undefined };

export function progressOnTerminal(io: CliIo, total: number): Progress {
  const ci = io.env.CI;
  const inCi = ci !== undefined && ci !== '' && ci !== 'false';
  // The terminal is asked last: a one-file run need not make the stream that knows.
  if (total < PROGRESS_MIN_FILES || inCi || io.stderr.isTTY !== true) return SILENT;
  const every = Math.ceil(total / UPDATES);
  let width = 0;
  return {
    update(done, all) {
      if (done % every !== 0 && done !== all) return;
      const line = `guidelint: ${done}/${all} files`;
      width = Math.max(width, line.length);
      io.stderr.write(`\r${line}`);
    },
    finish() {
      // Spaces, not an erase sequence: TERM=dumb terminals have none.
      if (width > 0) io.stderr.write(`\r${' '.repeat(width)}\r`);
      width = 0;
    },
  };
}
