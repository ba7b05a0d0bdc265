// What one worker spends per document, phase by phase, in one process: read, markdown-it parse,
// Outline, lint (and, with --breakdown, the match and each rule apart, every rule whatever its
// default severity). Reads ../shared/corpora's three corpora and compiles their templates with the
// build (`npm run build` first; --dist points at another build, to compare).
//
//   node bench/profile-worker.mjs [--rounds N] [--breakdown] [--only read,floor,parse,outline]
//                                 [--dist DIR]
//
// One first round (it pays for compiling code and RegExps, as a fresh worker does), then N rounds
// (default 5); prints each phase's CPU ms in the first round, and the median and fastest of the
// others. Outline and lint run one document at a time, as in a worker. Every round compiles fresh
// schemas (untimed): the lint keeps per-schema caches, and a round stands for one pass over
// distinct documents. --breakdown then times the match and each rule apart, over kept Outlines.
// For a profile: node --cpu-prof --cpu-prof-dir=/tmp/prof bench/profile-worker.mjs --rounds 3
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import MarkdownIt from 'markdown-it';
import { CORPORA, listMarkdown } from './corpus.mjs';

const project = dirname(dirname(fileURLToPath(import.meta.url)));
const { values: options } = parseArgs({
  options: {
    rounds: { type: 'string', default: '5' },
    breakdown: { type: 'boolean', default: false },
    /** Comma-separated phases to run, each named by its first word (`outline` runs the lint too). */
    only: { type: 'string' },
    dist: { type: 'string', default: join(project, 'dist') },
  },
});
const sharedCorpora = process.env.GUIDELINT_CORPORA ?? join(project, '..', 'shared', 'corpora');
const dist = resolve(options.dist);
const load = (path) => import(pathToFileURL(join(dist, path)).href);

const { compileTemplate } = await load('src/template/compile.js');
const { outlineFromMarkdownIt } = await load('src/outline/from-markdown-it.js');
const { lintOutline } = await load('src/engine/lint-outline.js');
const { matchOutline } = await load('src/match/match-outline.js');
const { rules } = await load('rules/index.js');

/** markdown-it as the parse floor (bench/floor-parse.mjs) runs it, and its block rules alone. */
const blockParser = new MarkdownIt('commonmark').enable(['table', 'strikethrough']).disable(['inline', 'text_join']);
const floorParser = new MarkdownIt('commonmark').enable(['table', 'strikethrough']);

const corpora = CORPORA.map((name) => ({ name, template: readFileSync(join(sharedCorpora, name, 'template.md'), 'utf8') }));
const documents = corpora.flatMap((corpus) =>
  listMarkdown(join(sharedCorpora, corpus.name, 'docs')).map((path) => ({ path, corpus, text: readFileSync(path, 'utf8') })),
);

function compileSchemas() {
  for (const corpus of corpora) corpus.schema = compileTemplate(corpus.template, { name: corpus.name });
  for (const document of documents) document.schema = document.corpus.schema;
}

const only = options.only?.split(',');
const runs = (phase) => !only || only.includes(phase.split(' ')[0]);
/**
 * The process's CPU time in ms (user and system, V8's helper threads included): less disturbed
 * than wall time by whatever else the machine runs.
 */
function cpu() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** CPU ms `run` takes over every document, one phase for all documents at a time. */
function time(run) {
  const start = cpu();
  for (const document of documents) run(document);
  return cpu() - start;
}

/** Outline then lint, one document at a time as a worker runs them, each phase timed apart. */
function pipeline() {
  let outlineTime = 0;
  let lintTime = 0;
  for (const document of documents) {
    const start = cpu();
    const outline = outlineFromMarkdownIt(document.text);
    const built = cpu();
    lintOutline(outline, document.schema);
    outlineTime += built - start;
    lintTime += cpu() - built;
  }
  return { 'outline (parse included)': outlineTime, lint: lintTime, 'outline + lint': outlineTime + lintTime };
}

function round() {
  const times = {};
  const phase = (name, run) => {
    if (runs(name)) times[name] = time(run);
  };
  phase('read', (document) => readFileSync(document.path, 'utf8'));
  phase('floor parse (floor options)', (document) => floorParser.parse(document.text, {}));
  phase('parse (block only)', (document) => blockParser.parse(document.text, {}));
  compileSchemas();
  if (runs('outline')) Object.assign(times, pipeline());
  if (!options.breakdown) return times;
  compileSchemas();
  for (const document of documents) document.outline = outlineFromMarkdownIt(document.text);
  times['  match'] = time((document) => (document.match = matchOutline(document.outline, document.schema)));
  const report = () => {};
  for (const rule of rules) {
    times[`  ${rule.meta.id}`] = time(({ outline, schema, match }) => rule.check({ outline, schema, match, report }));
  }
  for (const document of documents) {
    delete document.outline;
    delete document.match;
  }
  return times;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const first = round();
const rounds = Array.from({ length: Number(options.rounds) }, round);
console.log(`${documents.length} documents (${dist}); CPU ms per round over all of them:`);
console.log(`${'phase'.padEnd(28)} ${'first'.padStart(8)} ${'median'.padStart(8)} ${'min'.padStart(8)}`);
const cell = (value) => value.toFixed(1).padStart(8);
for (const phase of Object.keys(first)) {
  const values = rounds.map((times) => times[phase]);
  console.log(`${phase.padEnd(28)} ${cell(first[phase])} ${cell(median(values))} ${cell(Math.min(...values))}`);
}
