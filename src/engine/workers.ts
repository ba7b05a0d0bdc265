/**
 * Lints files in worker threads. The main thread hands out batches (guided: large at first, smaller
 * towards the end, two in flight per worker so none waits for its next batch) and compiles each
 * template once, sending workers the compiled schema, never the template text. Runs come back in
 * any order and are put back in plan order.
 *
 * Each worker's old generation is capped: V8 otherwise lets a worker's heap grow to several times
 * what it keeps alive (~90 MB a worker on the 10k-document corpus, against ~25 MB alive). A
 * document too big for the cap (a Markdown file of ~10 MB) stops its worker; the files that
 * worker had are then linted in this thread, which has no cap, and the other workers go on.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FileRun, FileSettings } from './lint-file.js';
import type { PlannedFile } from './plan.js';
import type { LoadableTemplate, TemplateLoader } from './template-loader.js';
import { fromWire, toWire, type FromWorker, type LintTask, type ToWorker, type WorkerSetup } from './worker-protocol.js';

const WORKER_SCRIPT = new URL('./worker-main.js', import.meta.url);

/** The most files in one batch: enough to make messages rare, few enough to balance the threads. */
const MAX_BATCH = 32;

/** Each worker's old-generation cap, in MB (see above; bench/RESULTS.md has the peak memory). */
const WORKER_OLD_GENERATION_MB = 96;

/**
 * Workers run the built JavaScript next to this module; from the TypeScript sources (tests under
 * jest) there is none, and the engine lints in its own thread.
 */
export function workersAvailable(): boolean {
  return import.meta.url.endsWith('.js') && existsSync(fileURLToPath(WORKER_SCRIPT));
}

/** A worker and the batches it has not answered yet, oldest first (it lints them in order). */
interface Lane {
  worker: Worker;
  batches: LintTask[][];
}

export interface WorkerRuns {
  /** In the order of the files. */
  runs: FileRun[];
  /** Files linted in this thread because their worker ran out of memory. */
  tooBigForWorkers: number;
}

/**
 * Lints `files` in `threads` workers; each run is passed through `keep` as it arrives. Rejects with
 * the first error a worker reports (a template given on the command line that cannot be used: a
 * UserError).
 */
export function lintInWorkers(
  files: readonly PlannedFile[],
  threads: number,
  settings: FileSettings,
  loadTemplate: TemplateLoader,
  keep: (run: FileRun) => FileRun,
): Promise<WorkerRuns> {
  return new Promise((resolve, reject) => {
    const runs: FileRun[] = new Array(files.length);
    const selections = [...new Set(files.map((file) => file.selection))];
    const selectionIndex = new Map(selections.map((selection, index) => [selection, index]));
    let tooBigForWorkers = 0;
    const lanes = new Set<Lane>();
    let next = 0;
    let done = 0;
    let settled = false;
    // Files left by workers that ran out of memory, linted here one batch after the other.
    let here = Promise.resolve();

    const stop = (error?: Error): void => {
      if (settled) return;
      settled = true;
      for (const lane of lanes) void lane.worker.terminate();
      if (error) reject(error);
      else resolve({ runs, tooBigForWorkers });
    };

    const record = (index: number, run: FileRun): void => {
      // A retired worker's last answer may come after its files were handed to this thread.
      if (runs[index] !== undefined) return;
      runs[index] = keep(run);
      done++;
      if (done === files.length) stop();
    };

    const takeBatch = (): LintTask[] => {
      const size = Math.max(1, Math.min(MAX_BATCH, Math.ceil((files.length - next) / (threads * 4))));
      const tasks: LintTask[] = [];
      for (; tasks.length < size && next < files.length; next++) {
        const { selection, ...file } = files[next]!;
        tasks.push({ index: next, file, selection: selectionIndex.get(selection)! });
      }
      return tasks;
    };

    const sendBatch = (lane: Lane): void => {
      const tasks = takeBatch();
      if (tasks.length === 0) return;
      lane.batches.push(tasks);
      post(lane.worker, { type: 'lint', tasks });
    };

    const lintHere = (tasks: readonly LintTask[]): void => {
      here = here
        .then(async () => {
          const { lintFile } = await import('./lint-file.js');
          for (const { index } of tasks) {
            if (settled) return;
            if (runs[index] !== undefined) continue;
            tooBigForWorkers++;
            record(index, await lintFile(files[index]!, loadTemplate, settings));
          }
        })
        .catch((error: unknown) => stop(error instanceof Error ? error : new Error(String(error))));
    };

    /** A worker out of memory: its files, and with no worker left the rest, are linted here. */
    const retire = (lane: Lane): void => {
      lanes.delete(lane);
      lintHere(lane.batches.flat());
      if (lanes.size > 0) return;
      for (let tasks = takeBatch(); tasks.length > 0; tasks = takeBatch()) lintHere(tasks);
    };

    const answerTemplate = (lane: Lane, id: number, template: LoadableTemplate): void => {
      loadTemplate(template).then(
        (schema) => post(lane.worker, { type: 'template', id, schema }),
        (error: unknown) => post(lane.worker, { type: 'template', id, error: toWire(error) }),
      );
    };

    const onMessage = (lane: Lane, message: FromWorker): void => {
      switch (message.type) {
        case 'linted':
          if (lanes.has(lane)) {
            lane.batches.shift();
            sendBatch(lane);
          }
          for (const { index, run } of message.runs) record(index, run);
          return;
        case 'template':
          answerTemplate(lane, message.id, message.template);
          return;
        case 'failed':
          stop(fromWire(message.error));
      }
    };

    const setup: WorkerSetup = { settings, selections };
    for (let i = 0; i < threads; i++) {
      const worker = new Worker(WORKER_SCRIPT, {
        workerData: setup,
        resourceLimits: { maxOldGenerationSizeMb: WORKER_OLD_GENERATION_MB },
      });
      const lane: Lane = { worker, batches: [] };
      lanes.add(lane);
      worker.on('message', (message: FromWorker) => onMessage(lane, message));
      worker.on('error', (error: Error & { code?: string }) => {
        if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') retire(lane);
        else stop(error);
      });
      worker.on('exit', (code) => {
        if (lanes.has(lane) && !settled) stop(new Error(`a lint worker stopped (exit code ${code}) before it was done`));
      });
      sendBatch(lane);
      sendBatch(lane);
    }
  });
}

function post(worker: Worker, message: ToWorker): void {
  worker.postMessage(message);
}
