/**
 * V8's settings for a batch run (`check`, `report`). Measured on the Rust RFCs (639 files, one
 * thread): V8's background threads, optimizing code, took more CPU than the thread that lints
 * (2.3 s of 4.4 s user time), most of it inlining the linter's many small functions into larger
 * ones. Without TurboFan's inlining the run took 3.2 s of user time and less wall time, the lint
 * itself no slower. Regular expressions are compiled to machine code at once, not first to
 * bytecode that the next match compiles again: a one-file check compiles ~120 of them (its
 * template's, markdown-it's), and spent 30–40 ms CPU less so (paired runs). A long-lived process
 * (the language server) keeps V8's defaults, and so does a library caller.
 *
 * Flags are the process's, worker threads included, and a V8 code cache holds the flags it was
 * made under: set them before the bundle is compiled (launch.ts), or its cache never fits.
 */
import { setFlagsFromString } from 'node:v8';

const BATCH_COMMANDS: ReadonlySet<string> = new Set(['check', 'report']);

export function useCompileBudgetOf(command: string): void {
  if (BATCH_COMMANDS.has(command)) setFlagsFromString('--no-turbo-inlining --no-regexp-tier-up');
}
