// Template compile time: the five built-ins and the corpus templates, each compiled many times in
// one process (after a warm-up), from the built library. Prints one JSON object: template name →
// median milliseconds per compile. `npm run bench` runs it; alone: `node bench/compile-templates.mjs`.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const project = dirname(dirname(fileURLToPath(import.meta.url)));
const corpora = process.env.GUIDELINT_CORPORA ?? join(project, '..', 'shared', 'corpora');
const library = process.argv[2] ?? join(project, 'dist', 'src', 'template', 'compile.js');
const { compileTemplate } = await import(pathToFileURL(resolve(library)).href);

const templates = [
  ...['design-doc', 'implementation-guide', 'phased-guide', 'task-guide', 'implementation-spec'].map((name) => [
    name,
    join(project, 'templates', `${name}.md`),
  ]),
  ...['k8s-keps', 'rust-rfcs', 'madr', 'swift-evolution', 'tensorflow-rfcs', 'react-rfcs', 'dapr-proposals'].map(
    (name) => [name, join(corpora, name, 'template.md')],
  ),
].filter(([, path]) => existsSync(path));

const ROUNDS = Number(process.env.BENCH_COMPILE_ROUNDS ?? 15);
const PER_ROUND = 20;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const sources = templates.map(([name, path]) => [name, readFileSync(path, 'utf8')]);
for (const [name, source] of sources) for (let i = 0; i < 50; i++) compileTemplate(source, { name });
const samples = Object.fromEntries(sources.map(([name]) => [name, []]));
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, source] of sources) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < PER_ROUND; i++) compileTemplate(source, { name });
    samples[name].push(Number(process.hrtime.bigint() - start) / 1e6 / PER_ROUND);
  }
}
const result = Object.fromEntries(Object.entries(samples).map(([name, xs]) => [name, Number(median(xs).toFixed(3))]));
result['all built-ins'] = Number(
  ['design-doc', 'implementation-guide', 'phased-guide', 'task-guide', 'implementation-spec']
    .reduce((sum, name) => sum + (result[name] ?? 0), 0)
    .toFixed(3),
);
console.log(JSON.stringify(result));
