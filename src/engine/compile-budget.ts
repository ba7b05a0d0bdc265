/**
 * V8's settings for a batch run. Measured on the Rust RFCs (639 files, one thread): V8's
 * background threads, optimizing code, took more CPU than the thread that lints (2.3 s of 4.4 s
 * user time), most of it inlining the linter's many small functions into the parser's large ones.
 * Without TurboFan's inlining the run took 3.0 s of user time and 30 % less wall time, the lint
 * itself no slower. Flags are the process's, worker threads included: the CLI sets them, a library
 * caller keeps its own.
 */
import { setFlagsFromString } from 'node:v8';

export function useBatchRunCompileBudget(): void {
  setFlagsFromString('--no-turbo-inlining');
}
