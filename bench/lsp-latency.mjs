// `node bench/lsp-latency.mjs`: how long the language server takes to publish diagnostics for a
// 2,000-line document, as a client sees it, and to start (spawn → `initialize` answered). Spawns the built `guidelint lsp --stdio` (run `npm run
// build` first), once with the default debounce (adaptive: no initializationOptions) and once with
// none (`debounceMs: 0`), alternating the two sessions LSP_SESSIONS times (default 2). Each session
// opens a design doc grown to 2,000 lines from a conforming fixture (open → first diagnostics: the
// server read the config and template while it started), then types into it: each change is one incremental
// edit of one character, timed from sending `textDocument/didChange` to receiving
// `textDocument/publishDiagnostics` for that version, the next sent once they arrived. Prints the
// median, p90, min and max over LSP_ROUNDS (default 60) changes a session, after LSP_WARMUP
// (default 10) untimed ones; with LSP_JSON=1, one JSON object instead (bench/run.mjs reads it).
// LSP_BIN: another build's bin/guidelint.js to measure instead.
// Targets: change → diagnostics within 60 ms with the default debounce and 30 ms without; open →
// first diagnostics within 100 ms.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';

const project = dirname(dirname(fileURLToPath(import.meta.url)));
const bin = process.env.LSP_BIN ?? join(project, 'bin', 'guidelint.js');
const rounds = Number(process.env.LSP_ROUNDS ?? 60);
const warmup = Number(process.env.LSP_WARMUP ?? 10);
const sessions = Number(process.env.LSP_SESSIONS ?? 2);
const json = process.env.LSP_JSON === '1';
const LINES = 2000;
export const TARGETS_MS = { open: 100, adaptive: 60, none: 30 };

if (!existsSync(join(dirname(dirname(bin)), 'dist', 'cli'))) {
  console.error(`bench: no build beside ${bin} (run npm run build)`);
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

/** One server, from spawn to exit: returns the open time and each timed change's, in ms. */
async function session(workspace, text, initializationOptions) {
  const uri = pathToFileURL(join(workspace, 'docs', 'big.md')).href;
  const spawned = performance.now();
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
  const exited = new Promise((resolve) => server.once('exit', resolve));
  try {
    await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(workspace).href,
      capabilities: {},
      ...(initializationOptions === undefined ? {} : { initializationOptions }),
    });
    const startMs = performance.now() - spawned;
    await connection.sendNotification('initialized', {});

    let started = performance.now();
    const opened = published(1);
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    const first = await opened;
    const openMs = performance.now() - started;

    const line = text.split('\n').findIndex((candidate) => candidate.startsWith('Design note 0:'));
    const changes = [];
    for (let version = 2; version < 2 + warmup + rounds; version += 1) {
      // Types one character at the end of a filler line, as an editor sends a keystroke.
      const change = { range: { start: { line, character: 13 }, end: { line, character: 13 } }, text: 'x' };
      const diagnostics = published(version);
      started = performance.now();
      await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
      await diagnostics;
      if (version >= 2 + warmup) changes.push(performance.now() - started);
    }
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
    // As an editor does: the server writes its code cache as it exits.
    await exited;
    return { startMs, openMs, changes, diagnostics: first.diagnostics.length };
  } finally {
    connection.dispose();
    server.kill();
  }
}

const workspace = mkdtempSync(join(tmpdir(), 'guidelint-lsp-bench-'));
try {
  mkdirSync(join(workspace, 'docs'));
  writeFileSync(join(workspace, '.guidelintrc.yaml'), 'documents:\n  - files: "docs/**/*.md"\n    template: design-doc\n');
  const text = bigDocument();
  const modes = { adaptive: undefined, none: { debounceMs: 0 } };
  const starts = [];
  const opens = [];
  const changes = { adaptive: [], none: [] };
  let diagnostics = 0;
  for (let round = 0; round < sessions; round += 1) {
    for (const [mode, options] of Object.entries(modes)) {
      const result = await session(workspace, text, options);
      starts.push(result.startMs);
      opens.push(result.openMs);
      changes[mode].push(...result.changes);
      diagnostics = result.diagnostics;
    }
  }
  const summary = (xs) => ({ median: median(xs), p90: percentile(xs, 90), min: Math.min(...xs), max: Math.max(...xs), count: xs.length });
  const result = { lines: LINES, diagnostics, start: summary(starts), open: summary(opens), adaptive: summary(changes.adaptive), none: summary(changes.none) };
  if (json) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } else {
    const ms = (value) => `${value.toFixed(1)} ms`;
    const line = (label, s, target) =>
      `${label} over ${s.count}: median ${ms(s.median)}, p90 ${ms(s.p90)}, min ${ms(s.min)}, max ${ms(s.max)} (target: median within ${target} ms)`;
    console.log(`document: ${LINES} lines, ${diagnostics} diagnostics; ${sessions} sessions of each`);
    console.log(`spawn → initialized (the server reads the config and template, and lints the template once): median ${ms(result.start.median)}`);
    console.log(line('open → first diagnostics', result.open, TARGETS_MS.open));
    console.log(line('change → diagnostics, default (adaptive) debounce', result.adaptive, TARGETS_MS.adaptive));
    console.log(line('change → diagnostics, no debounce (debounceMs: 0)', result.none, TARGETS_MS.none));
  }
  const met = result.open.median <= TARGETS_MS.open && result.adaptive.median <= TARGETS_MS.adaptive && result.none.median <= TARGETS_MS.none;
  process.exitCode = met ? 0 : 1;
} finally {
  rmSync(workspace, { recursive: true, force: true });
}
