// `node bench/lsp-latency.mjs`: how long the language server takes to publish diagnostics for a
// 2,000-line document after a change, the debounce left out (initializationOptions.debounceMs: 0).
// Spawns the built `guidelint lsp --stdio` (run `npm run build` first), opens a design doc grown
// to 2,000 lines from a conforming fixture, then types into it: each change is one incremental
// edit, timed from sending `textDocument/didChange` to receiving `textDocument/publishDiagnostics`
// for that version. Prints the median, p90, min and max over LSP_ROUNDS (default 60) changes, after
// LSP_WARMUP (default 10) untimed ones. The target: a median within 30 ms.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';

const project = dirname(dirname(fileURLToPath(import.meta.url)));
const bin = join(project, 'bin', 'guidelint.js');
const rounds = Number(process.env.LSP_ROUNDS ?? 60);
const warmup = Number(process.env.LSP_WARMUP ?? 10);
const LINES = 2000;
const TARGET_MS = 30;

if (!existsSync(join(project, 'dist', 'src', 'lsp', 'server.js'))) {
  console.error('bench: dist/src/lsp/server.js is missing (run npm run build)');
  process.exit(2);
}

/** A conforming design doc with its Detailed Design grown by paragraphs to `LINES` lines. */
function bigDocument() {
  const conforming = readFileSync(join(project, 'fixtures', 'design-doc', 'valid', 'rate-limiter.md'), 'utf8');
  const lines = conforming.split('\n');
  const at = lines.findIndex((line) => line.startsWith('## Implementation Guidance'));
  const filler = [];
  for (let index = 0; lines.length + filler.length < LINES; index += 1) {
    filler.push(`Design note ${index}: the limiter keeps a token bucket per tenant and route, refilled lazily.`, '');
  }
  return [...lines.slice(0, at), ...filler, ...lines.slice(at)].slice(0, LINES).join('\n');
}

const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))];

const workspace = mkdtempSync(join(tmpdir(), 'guidelint-lsp-bench-'));
mkdirSync(join(workspace, 'docs'));
writeFileSync(join(workspace, '.guidelintrc.yaml'), 'documents:\n  - files: "docs/**/*.md"\n    template: design-doc\n');
const text = bigDocument();
const uri = pathToFileURL(join(workspace, 'docs', 'big.md')).href;

const server = spawn(process.execPath, [bin, 'lsp', '--stdio'], { cwd: workspace, stdio: ['pipe', 'pipe', 'inherit'] });
const connection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
const waiting = new Map();
connection.onNotification('textDocument/publishDiagnostics', (params) => {
  const resolve = waiting.get(params.version);
  if (resolve) {
    waiting.delete(params.version);
    resolve(params);
  }
});
connection.listen();
const published = (version) => new Promise((resolve) => waiting.set(version, resolve));

try {
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(workspace).href,
    capabilities: {},
    initializationOptions: { debounceMs: 0 },
  });
  await connection.sendNotification('initialized', {});

  let started = performance.now();
  const opened = published(1);
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  const first = await opened;
  const openMs = performance.now() - started;

  const line = text.split('\n').findIndex((candidate) => candidate.startsWith('Design note 0:'));
  const timings = [];
  for (let version = 2; version < 2 + warmup + rounds; version += 1) {
    // Types one character at the end of a filler line, as an editor sends a keystroke.
    const change = { range: { start: { line, character: 13 }, end: { line, character: 13 } }, text: 'x' };
    const diagnostics = published(version);
    started = performance.now();
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
    await diagnostics;
    if (version >= 2 + warmup) timings.push(performance.now() - started);
  }

  const ms = (value) => `${value.toFixed(1)} ms`;
  console.log(`document: ${LINES} lines, ${first.diagnostics.length} diagnostics`);
  console.log(`open (config read, template compiled, first lint): ${ms(openMs)}`);
  console.log(
    `change → diagnostics over ${timings.length} changes: median ${ms(median(timings))}, p90 ${ms(percentile(timings, 90))}, ` +
      `min ${ms(Math.min(...timings))}, max ${ms(Math.max(...timings))} (target: median within ${TARGET_MS} ms)`,
  );
  process.exitCode = median(timings) <= TARGET_MS ? 0 : 1;
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
} finally {
  connection.dispose();
  server.kill();
  rmSync(workspace, { recursive: true, force: true });
}
