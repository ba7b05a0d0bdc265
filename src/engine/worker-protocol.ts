/** The messages between the main thread and a lint worker (plain data: structured-cloned). */
import { ConfigError } from '../config/errors.js';
import type { GuideSchema } from '../template/schema.js';
import { UserError } from './errors.js';
import type { FileRun, FileSettings } from './lint-file.js';
import type { PlannedFile, SelectionContext } from './plan.js';
import type { LoadableTemplate } from './template-loader.js';

/** Given to each worker when it starts. */
export interface WorkerSetup {
  settings: FileSettings;
  /**
   * The plan's selection contexts (config, detection candidates), sent once: a task names its
   * context by index, so that the worker keeps one object per context, and with it what the
   * config code caches per object (compiled globs), instead of a copy per batch.
   */
  selections: SelectionContext[];
}

/** A file to lint, its place in the plan, and the index of its selection context. */
export interface LintTask {
  index: number;
  file: Omit<PlannedFile, 'selection'>;
  selection: number;
}

export type ToWorker =
  | { type: 'lint'; tasks: LintTask[] }
  /** The answer to a `template` request: the compiled schema, or why the template cannot be used. */
  | { type: 'template'; id: number; schema: GuideSchema }
  | { type: 'template'; id: number; error: WireError };

export type FromWorker =
  /** One `lint` message's runs, in its order. */
  | { type: 'linted'; runs: { index: number; run: FileRun }[] }
  /** The worker needs a template's schema: the main thread compiles each template once for all workers. */
  | { type: 'template'; id: number; template: LoadableTemplate }
  | { type: 'failed'; error: WireError };

/** An error across threads: the kinds the CLI reports as user errors keep their class. */
export interface WireError {
  kind: 'UserError' | 'ConfigError' | 'Error';
  message: string;
}

export function toWire(error: unknown): WireError {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof UserError) return { kind: 'UserError', message };
  if (error instanceof ConfigError) return { kind: 'ConfigError', message };
  return { kind: 'Error', message };
}

export function fromWire(error: WireError): Error {
  if (error.kind === 'UserError') return new UserError(error.message);
  if (error.kind === 'ConfigError') return new ConfigError(error.message);
  return new Error(error.message);
}
