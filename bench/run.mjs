// `npm run bench`: guidelint against markdownlint-cli2 (MD043 only) and the parse floors, on the
// same files, in one run, alternating the commands round by round. Prints a table of medians,
// ratios and peak memory, and writes it to bench/RESULTS.md. Needs ../shared/corpora and a build.
//
// BENCH_ROUNDS (default 3) rounds per command; markdownlint-cli2 on the scaled corpus takes minutes
// a run, so it runs BENCH_SLOW_ROUNDS (default 1) times. BENCH_FILES (default 10000): the size of
// the scaled corpus. BENCH_BASELINE (a `bin/guidelint.js` of an older build) adds that build's run
// beside this one's on each corpus, alternating, and their ratio to the targets.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus } from './corpus.mjs';
import { reportRows } from './report.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const project = dirname(here);
const sharedCorpora = process.env.GUIDELINT_CORPORA ?? join(project, '..', 'shared', 'corpora');
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const slowRounds = Number(process.env.BENCH_SLOW_ROUNDS ?? 1);
const TARGET_FILES = Number(process.env.BENCH_FILES ?? 10_000);
const ONE_DOC = join('copy-0', 'rust-rfcs', '2126-path-clarity.md');

const guidelint = join(project, 'bin', 'guidelint.js');
const baseline = process.env.BENCH_BASELINE;
const markdownlint = join(project, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');

for (const [path, hint] of [
  [sharedCorpora, 'set GUIDELINT_CORPORA'],
  [join(project, 'dist', 'src', 'cli', 'main.js'), 'run npm run build'],
  [markdownlint, 'run npm install'],
]) {
  if (!existsSync(path)) {
    console.error(`bench: ${path} is missing (${hint})`);
    process.exit(2);
  }
}

/**
 * A command to time: `argv`, how many rounds, `before`, run untimed before each round (to put a
 * cache file in place), and the exit codes that mean it worked (linters exit 1 on findings).
 */
const command = (argv, options = {}) => ({
  argv,
  rounds: options.rounds ?? rounds,
  before: options.before,
  exitCodes: options.exitCodes ?? [0, 1],
});

/** Runs a command under /usr/bin/time; returns wall seconds and peak RSS in MB. */
function measure(argv, cwd, exitCodes = [0, 1]) {
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M', ...argv], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const lastLine = result.stderr.trim().split('\n').at(-1) ?? '';
  const [wall, rssKb] = lastLine.split(' ').map(Number);
  if (!Number.isFinite(wall) || !exitCodes.includes(result.status)) {
    throw new Error(`bench: ${argv.join(' ')} failed (${result.status}): ${result.stderr.slice(-500)}`);
  }
  return { wall, rss: rssKb / 1024 };
}

const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * Runs the commands round by round, alternating; returns {name: {wall, fastest, rss, rounds}}: the
 * median and the fastest wall time, and the peak RSS.
 */
function compare(commands, cwd) {
  const samples = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
  const most = Math.max(...Object.values(commands).map((c) => c.rounds));
  for (let round = 0; round < most; round++) {
    for (const [name, { argv, rounds: wanted, before, exitCodes }] of Object.entries(commands)) {
      if (round >= wanted) continue;
      before?.();
      samples[name].push(measure(argv, cwd, exitCodes));
      process.stderr.write(`bench: ${name}: ${samples[name].at(-1).wall.toFixed(2)} s\n`);
    }
  }
  return Object.fromEntries(
    Object.entries(samples).map(([name, runs]) => [
      name,
      {
        wall: median(runs.map((r) => r.wall)),
        fastest: Math.min(...runs.map((r) => r.wall)),
        rss: Math.max(...runs.map((r) => r.rss)),
        rounds: runs.length,
      },
    ]),
  );
}

const BASELINE_ROW = 'guidelint check (baseline build)';

/** The commands every corpus gets: the floors, guidelint, markdownlint-cli2. */
function corpusCommands(root, work, options = {}) {
  const report = ['--output', join(work, 'report.txt')];
  return {
    'read files (1 thread)': command(['node', join(here, 'floor-read.mjs'), root], { exitCodes: [0] }),
    'read + markdown-it parse (1 thread)': command(['node', join(here, 'floor-parse.mjs'), root], { exitCodes: [0] }),
    'guidelint check': command(['node', guidelint, '.', ...report], { rounds: options.guidelintRounds }),
    ...(baseline ? { [BASELINE_ROW]: command(['node', baseline, '.', ...report], { rounds: options.guidelintRounds }) } : {}),
    ...options.extra?.(report),
    'markdownlint-cli2 (MD043 only)': command(['node', markdownlint, '**/*.md'], { rounds: options.markdownlintRounds }),
  };
}

const work = mkdtempSync(join(tmpdir(), 'guidelint-bench-'));
const load = [loadavg()[0]];
const rows = [];
try {
  const rustRoot = join(work, 'rust', 'corpus');
  const rustFiles = buildCorpus(sharedCorpora, rustRoot, 1, ['rust-rfcs']);
  const rust = compare(
    corpusCommands(rustRoot, work, {
      guidelintRounds: rounds * 3,
      extra: (report) => ({
        'guidelint check --concurrency 2': command(['node', guidelint, '.', '--concurrency', '2', ...report]),
        // STACK.md: young-generation GC dominates parse-heavy runs. Quick runs: more rounds to see a difference.
        'guidelint check, node --max-semi-space-size=64': command(['node', '--max-semi-space-size=64', guidelint, '.', ...report], {
          rounds: rounds * 3,
        }),
        'guidelint check --parser remark': command(['node', guidelint, '.', '--parser', 'remark', ...report]),
      }),
    }),
    rustRoot,
  );

  const perCopy = buildCorpus(sharedCorpora, join(work, 'probe'), 1);
  const copies = Math.ceil(TARGET_FILES / perCopy);
  const bigRoot = join(work, 'big', 'corpus');
  const bigFiles = buildCorpus(sharedCorpora, bigRoot, copies);
  const halfRoot = join(work, 'half', 'corpus');
  const halfFiles = buildCorpus(sharedCorpora, halfRoot, Math.ceil(copies / 2));
  const cacheFile = join(work, 'big.guidelintcache');
  const cached = ['node', guidelint, '.', '--cache', '--cache-location', cacheFile, '--output', join(work, 'report.txt')];
  const big = compare(
    corpusCommands(bigRoot, work, {
      markdownlintRounds: slowRounds,
      extra: (report) => ({
        'guidelint check --concurrency 1': command(['node', guidelint, '.', '--concurrency', '1', ...report]),
        'guidelint check --cache (cold: no cache file)': command(cached, { before: () => rmSync(cacheFile, { force: true }) }),
        // Each round's cold run leaves a full cache behind.
        'guidelint check --cache (warm: nothing changed)': command(cached),
      }),
    }),
    bigRoot,
  );
  const half = compare({ 'guidelint check': corpusCommands(halfRoot, work)['guidelint check'] }, halfRoot);
  // The conformance report of the scaled corpus: its size, and in chromium its render and sort times.
  const conformance = await reportRows(bigRoot, work, bigFiles);

  // The pre-commit case: one document, whole process. With --cache, the document is new to the
  // cache (it was just edited) but its template's compiled schema is stored.
  const oneRoot = join(work, 'one');
  buildCorpus(sharedCorpora, oneRoot, 1, ['rust-rfcs']);
  const oneCache = join(work, 'one.guidelintcache');
  const templateOnlyCache = join(work, 'one-template-only.guidelintcache');
  const oneCached = ['node', guidelint, ONE_DOC, '--cache', '--cache-location', oneCache, '--output', join(work, 'one.txt')];
  measure(oneCached, oneRoot);
  writeFileSync(templateOnlyCache, JSON.stringify({ ...JSON.parse(readFileSync(oneCache, 'utf8')), files: {} }));
  const single = compare(
    {
      'node -e ""': command(['node', '-e', ''], { exitCodes: [0] }),
      'guidelint check <one 28 KB doc>': command(['node', guidelint, ONE_DOC, '--output', join(work, 'one.txt')], {
        rounds: rounds * 3,
      }),
      'guidelint check --cache <one 28 KB doc, edited>': command(oneCached, {
        rounds: rounds * 3,
        before: () => copyFileSync(templateOnlyCache, oneCache),
      }),
    },
    oneRoot,
  );
  load.push(loadavg()[0]);

  const averageLoad = load.map((l) => l.toFixed(1)).join(' → ');
  rows.push(
    `Machine: ${availableParallelism()} cores, Node ${process.version}; load average ${averageLoad} (start → end).`,
    'Wall time: the median (and the fastest) of the rounds; memory: the peak RSS of all rounds (worker threads',
    'included). Targets are computed from the medians. Other work on a shared machine slows some rounds',
    'down, and threads most: the fastest round shows what the machine does when it is not shared.',
    '',
  );
  const table = (title, files, results) => {
    rows.push(`### ${title} (${files} files)`, '');
    rows.push('| command | rounds | median s | fastest s | peak MB |', '| --- | ---: | ---: | ---: | ---: |');
    for (const [name, r] of Object.entries(results)) {
      rows.push(`| ${name} | ${r.rounds} | ${r.wall.toFixed(2)} | ${r.fastest.toFixed(2)} | ${r.rss.toFixed(0)} |`);
    }
    rows.push('');
  };
  table('Rust RFCs', rustFiles, rust);
  table(`Scaled corpus: ${copies} copies of Rust RFCs + KEPs + MADR`, bigFiles, big);
  table('Half the scaled corpus', halfFiles, half);
  table('One document, whole process', 1, single);

  const markdownlintName = 'markdownlint-cli2 (MD043 only)';
  const gl = big['guidelint check'].wall;
  const warm = big['guidelint check --cache (warm: nothing changed)'].wall;
  const ms = (seconds) => seconds * 1000;
  // [target, measured, goal]
  const targets = [
    ['guidelint / markdownlint-cli2 MD043, Rust RFCs', rust['guidelint check'].wall / rust[markdownlintName].wall, 0.2],
    [`guidelint / markdownlint-cli2 MD043, ${bigFiles} files`, gl / big[markdownlintName].wall, 0.2],
    [`guidelint / (read + markdown-it parse, 1 thread), ${bigFiles} files`, gl / big['read + markdown-it parse (1 thread)'].wall, 1],
    [`warm --cache / cold --cache, ${bigFiles} files`, warm / big['guidelint check --cache (cold: no cache file)'].wall, 0.1],
    [`warm --cache / guidelint check (no cache), ${bigFiles} files`, warm / gl, 0.1],
    ['one 28 KB document, whole process, ms', ms(single['guidelint check <one 28 KB doc>'].wall), 150],
    ['one 28 KB document, whole process, --cache (template stored), ms', ms(single['guidelint check --cache <one 28 KB doc, edited>'].wall), 150],
    [`peak memory, ${bigFiles} files, MB`, big['guidelint check'].rss, 300],
    ...(baseline
      ? [
          ['this build / baseline build, Rust RFCs', rust['guidelint check'].wall / rust[BASELINE_ROW].wall, 1],
          [`this build / baseline build, ${bigFiles} files`, gl / big[BASELINE_ROW].wall, 1],
        ]
      : []),
    [`time for ${bigFiles} files / time for ${halfFiles} files (files ×${(bigFiles / halfFiles).toFixed(2)})`, gl / half['guidelint check'].wall, 2.1],
  ];
  rows.push('### Targets', '', '| target | measured | goal | met |', '| --- | ---: | ---: | :---: |');
  for (const [target, measured, goal] of targets) {
    const shown = measured >= 10 ? measured.toFixed(0) : measured.toFixed(3);
    rows.push(`| ${target} | ${shown} | ≤ ${goal} | ${measured <= goal ? 'yes' : 'no'} |`);
  }
  rows.push('');
  rows.push(...conformance);
  rows.push(...templateCompileRows());
} finally {
  rmSync(work, { recursive: true, force: true });
}

/**
 * Template compile time, in process (bench/compile-templates.mjs): this build, and beside it the
 * build BENCH_BASELINE_COMPILER points at (a `dist/src/template/compile.js` of an older commit),
 * alternating rounds so both see the same load.
 */
function templateCompileRows() {
  const script = join(here, 'compile-templates.mjs');
  const builds = { 'this build': join(project, 'dist', 'src', 'template', 'compile.js') };
  if (process.env.BENCH_BASELINE_COMPILER) builds.baseline = process.env.BENCH_BASELINE_COMPILER;
  const samples = Object.fromEntries(Object.keys(builds).map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const [name, library] of Object.entries(builds)) {
      const result = spawnSync('node', [script, library], { encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`bench: ${script} failed: ${result.stderr.slice(-500)}`);
      samples[name].push(JSON.parse(result.stdout));
    }
  }
  const names = Object.keys(samples['this build'][0]);
  const heads = Object.keys(builds);
  const out = ['### Template compile time (ms per compile, median of rounds)', ''];
  out.push(`| template | ${heads.join(' | ')} |`, `| --- |${heads.map(() => ' ---: |').join('')}`);
  for (const name of names) {
    const cells = heads.map((head) => median(samples[head].map((sample) => sample[name])).toFixed(2));
    out.push(`| ${name} | ${cells.join(' | ')} |`);
  }
  out.push('');
  return out;
}

const date = new Date().toISOString().slice(0, 10);
const report = `# Benchmark results\n\nWritten by \`npm run bench\` (bench/run.mjs) on ${date}.\n\n${rows.join('\n')}`;
process.stdout.write(report);
writeFileSync(join(here, 'RESULTS.md'), report);
