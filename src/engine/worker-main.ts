/**
 * A lint worker thread's entry point (run from dist/ by `lintInWorkers`). It lints the batches the
 * main thread sends, one after another, and asks the main thread for each template's schema once.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { GuideSchema } from '../template/schema.js';
import { lintFile } from './lint-file.js';
import { templateKey, type TemplateLoader } from './template-loader.js';
import { fromWire, toWire, type FromWorker, type LintTask, type ToWorker, type WorkerSetup } from './worker-protocol.js';

if (parentPort === null) throw new Error('guidelint: worker-main.js runs only as a worker thread');
const port = parentPort;
const { settings, selections } = workerData as WorkerSetup;

const send = (message: FromWorker): void => port.postMessage(message);

const answers = new Map<number, { resolve: (schema: GuideSchema) => void; reject: (error: Error) => void }>();
const schemas = new Map<string, Promise<GuideSchema>>();

const loadTemplate: TemplateLoader = (template) => {
  const key = templateKey(template);
  let schema = schemas.get(key);
  if (schema === undefined) {
    const id = schemas.size;
    schema = new Promise((resolve, reject) => answers.set(id, { resolve, reject }));
    schemas.set(key, schema);
    send({ type: 'template', id, template });
  }
  return schema;
};

/** One file after the other: each file's tokens and outline are garbage before the next is read. */
async function lintBatch(tasks: LintTask[]): Promise<void> {
  const runs = [];
  for (const { index, file, selection } of tasks) {
    runs.push({ index, run: await lintFile({ ...file, selection: selections[selection]! }, loadTemplate, settings) });
  }
  send({ type: 'linted', runs });
}

// Batches arrive while one is being linted (the main thread keeps two in flight): lint them in turn.
let queue = Promise.resolve();
port.on('message', (message: ToWorker) => {
  if (message.type === 'lint') {
    queue = queue
      .then(() => lintBatch(message.tasks))
      .catch((error: unknown) => send({ type: 'failed', error: toWire(error) }));
    return;
  }
  const answer = answers.get(message.id);
  answers.delete(message.id);
  if ('schema' in message) answer?.resolve(message.schema);
  else answer?.reject(fromWire(message.error));
});
