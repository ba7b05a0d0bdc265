#!/usr/bin/env node
// A seeded random sample of one corpus's findings, written for hand-checking as
// bench/precision/<corpus>.md: per finding the document, line:column, rule, message, at most three
// short document lines around it, and `verdict:` / `why:` to fill in (right / false / debatable).
//
//   node bench/precision/sample.mjs <corpus> [--count 30] [--seed 1] [--cli <cli>] [--out <file>]
//
// A finding is keyed by document + rule + message (repeats of one key in a document count once).
// Each key's place in the draw is a hash of the seed and the key, so the sample is the same for the
// same findings, and a finding keeps its place when others come or go. Re-running keeps every
// verdict already written for a finding still reported: those findings stay in the sample, the rest
// of it is drawn as usual; verdicts of findings no longer reported are dropped (and listed).
// --cli as in summary.mjs. Corpora: GUIDELINT_CORPORA or ../shared/corpora; exit 2 with one line
// when they, the corpus or the CLI are absent, or the CLI cannot check the corpus.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { checkCorpus, cliRunner, fail, findCorpora, findingsOf, formatByRule, projectRoot, tally } from './corpora.mjs';

const SCRIPT = 'sample';
const VERDICTS = ['right', 'false', 'debatable'];
let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { count: { type: 'string', default: '30' }, seed: { type: 'string', default: '1' }, cli: { type: 'string' }, out: { type: 'string' } },
  });
} catch (error) {
  fail(SCRIPT, error.message);
}
const { values: options, positionals } = parsed;
const count = Number(options.count);
if (positionals.length !== 1 || !Number.isInteger(count) || count < 1) {
  fail(SCRIPT, 'usage: sample.mjs <corpus> [--count 30] [--seed N] [--cli <cli>] [--out <file>]');
}
const corpus = findCorpora(SCRIPT).find((c) => c.name === positionals[0]);
if (!corpus) fail(SCRIPT, `no corpus "${positionals[0]}" (with template.md and docs/) in the corpora folder`);
const cli = cliRunner(SCRIPT, options.cli);
const outFile = options.out ?? join(projectRoot, 'bench', 'precision', `${corpus.name}.md`);

const { report, error } = checkCorpus(cli, corpus);
if (error) fail(SCRIPT, `could not check ${corpus.name}: ${error}`);

const oneLine = (text) => text.replace(/\s+/g, ' ').trim();
const keyOf = (f) => [f.document, f.ruleId ?? 'fatal', oneLine(f.message)].join('\n');
const rankOf = (key) => createHash('sha256').update(`${options.seed}\n${key}`).digest('hex');

const findings = new Map();
for (const finding of findingsOf(report, corpus.docs)) {
  const key = keyOf(finding);
  if (!findings.has(key)) findings.set(key, { ...finding, key, rank: rankOf(key) });
}
const judged = existsSync(outFile) ? readJudgements(readFileSync(outFile, 'utf8')) : new Map();
const byRank = [...findings.values()].sort((a, b) => a.rank.localeCompare(b.rank));
const kept = byRank.filter((f) => judged.has(f.key)).slice(0, count);
const drawn = byRank.filter((f) => !judged.has(f.key)).slice(0, count - kept.length);
const sample = [...kept, ...drawn].sort((a, b) => a.document.localeCompare(b.document) || a.line - b.line || a.column - b.column);

writeFileSync(outFile, render(sample));
console.log(`${relative(process.cwd(), outFile)}: ${sample.length} of ${findings.size} findings, ${kept.length} verdicts kept`);
const dropped = [...judged.keys()].filter((key) => !kept.some((f) => f.key === key));
for (const key of dropped) console.log(`  verdict dropped (finding no longer in the sample): ${key.replace(/\n/g, ' · ')}`);

/** Verdict and reason per finding key, from an earlier sample file; only entries with either filled in. */
function readJudgements(text) {
  const judgements = new Map();
  for (const entry of text.split(/^## \d+\. /m).slice(1)) {
    const field = (name) => new RegExp(`^${name}:[ \\t]*(.*)$`, 'm').exec(entry)?.[1].trim() ?? '';
    const head = /^`([^`]+)` \S+ `([^`]+)`/.exec(entry);
    const [verdict, why] = [field('verdict'), field('why')];
    if (head && (verdict || why)) judgements.set([head[1], head[2], field('message')].join('\n'), { verdict, why });
  }
  return judgements;
}

/** At most three non-blank lines around the finding's line, cut to 80 characters, as an indented block. */
function quote(finding) {
  const lines = readFileSync(join(corpus.docs, finding.document), 'utf8').split(/\r?\n/);
  const at = Math.min(Math.max(finding.line, 1), lines.length);
  const around = [at - 1, at, at + 1].filter((n) => n >= 1 && n <= lines.length && lines[n - 1].trim());
  const cut = (text) => (text.length > 80 ? `${text.slice(0, 79)}…` : text);
  return around.length ? [...around.map((n) => `    ${String(n).padStart(4)} | ${cut(lines[n - 1])}`), ''] : [];
}

function render(entries) {
  const totals = tally(report);
  const verdicts = entries.map((f) => judged.get(f.key)?.verdict ?? '');
  const counted = [...VERDICTS, ''].map((v) => `${v || 'not yet judged'} ${verdicts.filter((x) => x === v).length}`);
  const other = verdicts.filter((v) => v && !VERDICTS.includes(v)).length;
  const lines = [
    `# Sampled findings: ${corpus.name}`,
    '',
    `Written by \`node bench/precision/sample.mjs ${corpus.name} --count ${count} --seed ${options.seed}\`` +
      ` with \`${relative(projectRoot, cli.path)}\`; findings of \`check --template template.md --format json docs\`, no config.`,
    `Whole corpus: ${totals.docs} docs, ${totals.clean} clean, ${totals.findings} findings (${findings.size} distinct by document + rule + message); by rule: ${formatByRule(totals.byRule)}.`,
    '',
    'Meaning: right, the document really misses or misplaces what the template asks; false, guidelint',
    'misread the template or the document; debatable, a maintainer could go either way.',
    '',
    `Verdicts: ${counted.join(', ')}${other ? `, unrecognised ${other}` : ''}.`,
  ];
  entries.forEach((f, i) => {
    const { verdict = '', why = '' } = judged.get(f.key) ?? {};
    lines.push('', `## ${i + 1}. \`${f.document}\` ${f.line}:${f.column} \`${f.ruleId ?? 'fatal'}\``, '',
      `message: ${oneLine(f.message)}`, '', ...quote(f), `verdict: ${verdict}`.trim(), `why: ${why}`.trim());
  });
  return `${lines.join('\n')}\n`;
}
