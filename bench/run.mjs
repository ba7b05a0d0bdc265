// `npm run bench`: guidelint against markdownlint-cli2 (MD043 only) and the parse floors, on the
// same files, in one run, alternating the commands round by round. Prints a table of medians,
// ratios and peak memory, and writes it to bench/RESULTS.md. Needs ../shared/corpora.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus } from './corpus.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const project = dirname(here);
const sharedCorpora = process.env.GUIDELINT_CORPORA ?? join(project, '..', 'shared', 'corpora');
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const TARGET_FILES = 10_000;

if (!existsSync(sharedCorpora)) {
  console.error(`bench: no corpora at ${sharedCorpora} (set GUIDELINT_CORPORA)`);
  process.exit(2);
}

const guidelint = join(project, 'bin', 'guidelint.js');
const markdownlint = join(project, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');

/** Runs a command under /usr/bin/time; returns wall seconds and peak RSS in MB. */
function measure(argv, cwd) {
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M', ...argv], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const lastLine = result.stderr.trim().split('\n').at(-1);
  const [wall, rssKb] = lastLine.split(' ').map(Number);
  if (!Number.isFinite(wall)) throw new Error(`bench: ${argv.join(' ')} failed: ${result.stderr.slice(-500)}`);
  return { wall, rss: rssKb / 1024, status: result.status };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Runs each named command `rounds` times, alternating, and returns {name: {wall, rss}} medians. */
function compare(commands, cwd) {
  const samples = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const [name, argv] of Object.entries(commands)) samples[name].push(measure(argv, cwd));
  }
  return Object.fromEntries(
    Object.entries(samples).map(([name, runs]) => [
      name,
      { wall: median(runs.map((r) => r.wall)), rss: Math.max(...runs.map((r) => r.rss)) },
    ]),
  );
}

function corpusCommands(root) {
  return {
    'read files': ['node', join(here, 'floor-read.mjs'), root],
    'markdown-it parse (1 thread)': ['node', join(here, 'floor-parse.mjs'), root],
    'guidelint check': ['node', guidelint, '.', '--format', 'json', '--output', join(root, '..', 'out.json')],
    'guidelint check --parser remark': ['node', guidelint, '.', '--parser', 'remark', '--format', 'json', '--output', join(root, '..', 'out.json')],
    'markdownlint-cli2 (MD043 only)': ['node', markdownlint, '**/*.md'],
  };
}

const work = mkdtempSync(join(tmpdir(), 'guidelint-bench-'));
const rows = [];
try {
  const rustRoot = join(work, 'rust', 'corpus');
  const rustFiles = buildCorpus(sharedCorpora, rustRoot, 1, ['rust-rfcs']);
  const rust = compare(corpusCommands(rustRoot), rustRoot);

  const perCopy = buildCorpus(sharedCorpora, join(work, 'probe'), 1);
  const copies = Math.ceil(TARGET_FILES / perCopy);
  const bigRoot = join(work, 'big', 'corpus');
  const bigFiles = buildCorpus(sharedCorpora, bigRoot, copies);
  const halfRoot = join(work, 'half', 'corpus');
  const halfFiles = buildCorpus(sharedCorpora, halfRoot, Math.ceil(copies / 2));
  const cacheFile = join(work, 'cache.json');
  const cached = ['node', guidelint, '.', '--cache', '--cache-location', cacheFile, '--format', 'json', '--output', join(work, 'out.json')];
  measure(cached, bigRoot);
  const big = compare({ ...corpusCommands(bigRoot), 'guidelint check --cache (warm)': cached }, bigRoot);
  const half = compare({ 'guidelint check': corpusCommands(halfRoot)['guidelint check'] }, halfRoot);

  const oneDocRoot = join(work, 'one');
  buildCorpus(sharedCorpora, oneDocRoot, 1, ['rust-rfcs']);
  const oneDoc = join('copy-0', 'rust-rfcs', '2126-path-clarity.md');
  const single = compare(
    {
      'node -e ""': ['node', '-e', ''],
      'guidelint check one 28 KB doc': ['node', guidelint, oneDoc],
    },
    oneDocRoot,
  );

  const ratio = (a, b) => (a / b).toFixed(3);
  rows.push(`Machine: ${availableParallelism()} cores, Node ${process.version}; ${rounds} rounds, medians of wall time.`, '');
  const table = (title, files, results) => {
    rows.push(`### ${title} (${files} files)`, '', '| command | median s | peak MB |', '| --- | ---: | ---: |');
    for (const [name, r] of Object.entries(results)) rows.push(`| ${name} | ${r.wall.toFixed(2)} | ${r.rss.toFixed(0)} |`);
    rows.push('');
  };
  table('Rust RFCs', rustFiles, rust);
  table('Scaled corpus', bigFiles, big);
  table('Half the scaled corpus', halfFiles, half);
  table('One document, whole process', 1, single);
  rows.push(
    '### Targets',
    '',
    '| target | measured | goal |',
    '| --- | ---: | ---: |',
    `| guidelint / markdownlint-cli2 MD043, Rust RFCs | ${ratio(rust['guidelint check'].wall, rust['markdownlint-cli2 (MD043 only)'].wall)} | ≤ 0.2 |`,
    `| guidelint / markdownlint-cli2 MD043, ${bigFiles} files | ${ratio(big['guidelint check'].wall, big['markdownlint-cli2 (MD043 only)'].wall)} | ≤ 0.2 |`,
    `| guidelint / (read + markdown-it parse, 1 thread), ${bigFiles} files | ${ratio(big['guidelint check'].wall, big['markdown-it parse (1 thread)'].wall)} | ≤ 1.0 |`,
    `| warm --cache / cold | ${ratio(big['guidelint check --cache (warm)'].wall, big['guidelint check'].wall)} | ≤ 0.1 |`,
    `| one 28 KB document, whole process | ${(single['guidelint check one 28 KB doc'].wall * 1000).toFixed(0)} ms | ≤ 150 ms |`,
    `| peak memory, ${bigFiles} files | ${big['guidelint check'].rss.toFixed(0)} MB | ≤ 300 MB |`,
    `| time for ${bigFiles} files / ${halfFiles} files | ${ratio(big['guidelint check'].wall, half['guidelint check'].wall)} (files ×${(bigFiles / halfFiles).toFixed(2)}) | ≤ 2.1 for 2× |`,
    '',
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}

const report = `# Benchmark results\n\nWritten by \`npm run bench\` (bench/run.mjs) on ${new Date().toISOString().slice(0, 10)}.\n\n${rows.join('\n')}`;
process.stdout.write(report);
writeFileSync(join(here, 'RESULTS.md'), report);
