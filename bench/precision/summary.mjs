#!/usr/bin/env node
// Per real corpus: docs, clean docs (no error), findings, and findings by rule, from
// `check --template <corpus>/template.md --format json <corpus>/docs` with no config.
//
//   node bench/precision/summary.mjs [--cli [label=]<cli>]... [--json out.json] [--markdown]
//
// --cli      the build to run: bin/guidelint.js of a build, or a module exporting main() such as
//            dist/cli/main.js of an older build (default: this project's bin/guidelint.js). Give it
//            twice (e.g. `--cli before=/work/olddist/dist/cli/main.js --cli after=bin/guidelint.js`)
//            to measure two builds side by side on the same corpora.
// --json     also write every row ({ corpus, build, docs, clean, findings, byRule } or { error }) to a file.
// --markdown print one Markdown table (corpus, build, docs, clean, findings, by rule) instead of lines.
// Corpora: GUIDELINT_CORPORA or ../shared/corpora; exit 2 with one line when absent or the CLI is
// missing, 1 when a build could not check a corpus.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkCorpus, cliRunner, fail, findCorpora, formatByRule, tally } from './corpora.mjs';

const SCRIPT = 'summary';
let options;
try {
  options = parseArgs({
    options: { cli: { type: 'string', multiple: true }, json: { type: 'string' }, markdown: { type: 'boolean' } },
  }).values;
} catch (error) {
  fail(SCRIPT, error.message);
}

const builds = (options.cli ?? ['bin/guidelint.js']).map((spec) => {
  const [, label, path] = /^(?:([^=/]+)=)?(.+)$/.exec(spec);
  return { label: label ?? path, cli: cliRunner(SCRIPT, path) };
});
const corpora = findCorpora(SCRIPT);

const rows = [];
for (const corpus of corpora) {
  for (const build of builds) {
    const { report, error } = checkCorpus(build.cli, corpus);
    rows.push({ corpus: corpus.name, build: build.label, ...(error ? { error } : tally(report)) });
  }
}

if (options.json) writeFileSync(options.json, `${JSON.stringify(rows, null, 2)}\n`);
if (options.markdown) {
  console.log('| corpus | build | docs | clean | findings | by rule |');
  console.log('| --- | --- | ---: | ---: | ---: | --- |');
  for (const r of rows) {
    const cells = r.error ? ['', '', '', `could not run (${r.error})`] : [r.docs, r.clean, r.findings, formatByRule(r.byRule)];
    console.log(`| \`${r.corpus}\` | ${r.build} | ${cells.join(' | ')} |`);
  }
} else {
  const corpusWidth = Math.max(...corpora.map((c) => c.name.length));
  const buildWidth = Math.max(...builds.map((b) => b.label.length));
  for (const r of rows) {
    const head = builds.length > 1 ? `${r.corpus.padEnd(corpusWidth)} ${r.build.padEnd(buildWidth)}` : r.corpus;
    console.log(r.error
      ? `${head}: could not run (${r.error})`
      : `${head}: docs ${r.docs}, clean ${r.clean}, findings ${r.findings} — ${formatByRule(r.byRule)}`);
  }
}
process.exitCode = rows.some((r) => r.error) ? 1 : 0;
