// `npm run bench`: guidelint against markdownlint-cli2 (MD043 only) and the parse floors, on the
// same files, in one run, alternating the commands round by round. Prints a table of medians,
// ratios and peak memory, and writes it to bench/RESULTS.md. Needs ../shared/corpora and a build.
//
// Sections, each selectable alone (`npm run bench -- one-file lsp`, or BENCH_ONLY=one-file,lsp):
// `rust` (the Rust RFCs), `scaled` (the 10k-file corpus, half of it, the conformance report),
// `one-file` (one 28 KB document, whole process, CPU against `node -e ""`; markdownlint-cli2 on it),
// `lsp` (bench/lsp-latency.mjs: the language server on a 2,000-line document), `compile` (template
// compile time), `shard` (the CI matrix: `--shard i/4` runs, their `merge`, against the whole run).
// A run of some sections prints its tables and leaves RESULTS.md as it is.
//
// BENCH_ROUNDS (default 3) rounds per command; markdownlint-cli2 on the scaled corpus takes minutes
// a run, so it runs BENCH_SLOW_ROUNDS (default 1; 0 leaves it out) times; the one-file commands run
// BENCH_ONE_ROUNDS (default 15) times. BENCH_FILES (default 10000): the size of the scaled corpus. BENCH_BASELINE (a
// `bin/guidelint.js` of an older build) adds that build's run beside this one's on each corpus,
// alternating, and their ratio to the targets.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
const oneRounds = Number(process.env.BENCH_ONE_ROUNDS ?? 15);
const TARGET_FILES = Number(process.env.BENCH_FILES ?? 10_000);
const ONE_DOC = join('copy-0', 'rust-rfcs', '2126-path-clarity.md');

const guidelint = join(project, 'bin', 'guidelint.js');
const baseline = process.env.BENCH_BASELINE;
const markdownlint = join(project, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');

const SECTIONS = ['rust', 'scaled', 'one-file', 'lsp', 'compile', 'shard'];
const only = (process.env.BENCH_ONLY ?? process.argv.slice(2).join(',')).split(',').filter((name) => name !== '');
for (const name of only) {
  if (!SECTIONS.includes(name)) {
    console.error(`bench: no section "${name}" (sections: ${SECTIONS.join(', ')})`);
    process.exit(2);
  }
}
const selected = (section) => only.length === 0 || only.includes(section);

for (const [path, hint] of [
  [sharedCorpora, 'set GUIDELINT_CORPORA'],
  [join(project, 'dist', 'cli', 'launch.cjs'), 'run npm run build'],
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
  env: options.env,
});

/** Runs a command under /usr/bin/time; returns wall seconds, CPU seconds (user + sys) and peak RSS in MB. */
function measure(argv, cwd, exitCodes = [0, 1], env = undefined) {
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M %U %S', ...argv], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: env === undefined ? process.env : { ...process.env, ...env },
  });
  const lastLine = result.stderr.trim().split('\n').at(-1) ?? '';
  const [wall, rssKb, user, sys] = lastLine.split(' ').map(Number);
  if (!Number.isFinite(wall) || !exitCodes.includes(result.status)) {
    throw new Error(`bench: ${argv.join(' ')} failed (${result.status}): ${result.stderr.slice(-500)}`);
  }
  return { wall, cpu: user + sys, rss: rssKb / 1024 };
}

const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * Runs the commands round by round, alternating; returns {name: {wall, fastest, cpu, rss, rounds}}:
 * the median and the fastest wall time, the median CPU time, and the peak RSS.
 */
function compare(commands, cwd) {
  const samples = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
  const most = Math.max(...Object.values(commands).map((c) => c.rounds));
  for (let round = 0; round < most; round++) {
    for (const [name, { argv, rounds: wanted, before, exitCodes, env }] of Object.entries(commands)) {
      if (round >= wanted) continue;
      before?.();
      samples[name].push(measure(argv, cwd, exitCodes, env));
      process.stderr.write(`bench: ${name}: ${samples[name].at(-1).wall.toFixed(2)} s\n`);
    }
  }
  return Object.fromEntries(
    Object.entries(samples).map(([name, runs]) => [
      name,
      {
        wall: median(runs.map((r) => r.wall)),
        fastest: Math.min(...runs.map((r) => r.wall)),
        cpu: median(runs.map((r) => r.cpu)),
        rss: Math.max(...runs.map((r) => r.rss)),
        rounds: runs.length,
      },
    ]),
  );
}

const BASELINE_ROW = 'guidelint check (baseline build)';
const TWO_THREAD_FLOOR_ROW = 'read + markdown-it parse (2 threads, every other file each)';

/** The commands every corpus gets: the floors, guidelint, markdownlint-cli2. */
function corpusCommands(root, work, options = {}) {
  const report = ['--output', join(work, 'report.txt')];
  return {
    'read files (1 thread)': command(['node', join(here, 'floor-read.mjs'), root], { exitCodes: [0] }),
    'read + markdown-it parse (1 thread)': command(['node', join(here, 'floor-parse.mjs'), root], { exitCodes: [0] }),
    [TWO_THREAD_FLOOR_ROW]: command(['node', join(here, 'floor-parse.mjs'), root, '--threads', '2'], { exitCodes: [0] }),
    'guidelint check': command(['node', guidelint, '.', ...report], { rounds: options.guidelintRounds }),
    ...(baseline ? { [BASELINE_ROW]: command(['node', baseline, '.', ...report], { rounds: options.guidelintRounds }) } : {}),
    ...options.extra?.(report),
    ...(options.markdownlintRounds === 0
      ? {}
      : { 'markdownlint-cli2 (MD043 only)': command(['node', markdownlint, '**/*.md'], { rounds: options.markdownlintRounds }) }),
  };
}

const EMPTY_NODE = 'node -e ""';
const ONE_BUILTIN_ROW = 'guidelint check --template design-doc <28 KB design doc>';
const ONE_DOC_ROW = 'guidelint check <one 28 KB doc>';
const ONE_DOC_EDITED_ROW = 'guidelint check <one 28 KB doc>, its template edited (compiled)';
const ONE_DOC_CACHED_ROW = 'guidelint check --cache <one 28 KB doc, edited>';
const ONE_MARKDOWNLINT_ROW = 'markdownlint-cli2 <one 28 KB doc> (MD043 only)';
const WHOLE_JSON_ROW = 'guidelint check --format json (the whole run)';
const SHARD_ROWS = [1, 2, 3, 4].map((part) => `guidelint check --shard ${part}/4 --format json`);
const MERGE_ROW = 'guidelint merge <4 shard reports>';

const work = mkdtempSync(join(tmpdir(), 'guidelint-bench-'));
const load = [loadavg()[0]];
const rows = [];
// [target, measured, goal]
const targets = [];
const ms = (seconds) => seconds * 1000;
try {
  rows.push(
    `Machine: ${availableParallelism()} cores, Node ${process.version}; load average at the start ${load[0].toFixed(1)}.`,
    'Wall time: the median (and the fastest) of the rounds; CPU: user + system time, the median of the',
    'rounds; memory: the peak RSS of all rounds (worker threads included). Targets are computed from the',
    'medians. Other work on a shared machine slows some rounds down, and threads most: the fastest round',
    'shows what the machine does when it is not shared.',
    '',
  );
  const table = (title, files, results) => {
    rows.push(`### ${title} (${files} ${files === 1 ? 'file' : 'files'})`, '');
    rows.push('| command | rounds | median s | fastest s | CPU s | peak MB |', '| --- | ---: | ---: | ---: | ---: | ---: |');
    for (const [name, r] of Object.entries(results)) {
      rows.push(`| ${name} | ${r.rounds} | ${r.wall.toFixed(2)} | ${r.fastest.toFixed(2)} | ${r.cpu.toFixed(2)} | ${r.rss.toFixed(0)} |`);
    }
    rows.push('');
  };
  const markdownlintName = 'markdownlint-cli2 (MD043 only)';

  if (selected('rust')) {
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
    table('Rust RFCs', rustFiles, rust);
    targets.push(
      ['guidelint / markdownlint-cli2 MD043, Rust RFCs', rust['guidelint check'].wall / rust[markdownlintName].wall, 0.2],
      // `auto` lints the Rust RFCs in one thread (src/engine/concurrency.ts).
      ['guidelint --concurrency 2 / guidelint (auto: one thread), Rust RFCs', rust['guidelint check --concurrency 2'].wall / rust['guidelint check'].wall, 1],
    );
    if (baseline) targets.push(['this build / baseline build, Rust RFCs', rust['guidelint check'].wall / rust[BASELINE_ROW].wall, 1]);
  }

  if (selected('scaled')) {
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
    table(`Scaled corpus: ${copies} copies of Rust RFCs + KEPs + MADR`, bigFiles, big);
    table('Half the scaled corpus', halfFiles, half);
    // The conformance report of the scaled corpus: its size, and in chromium its render and sort times.
    rows.push(...(await reportRows(bigRoot, work, bigFiles)));
    const gl = big['guidelint check'].wall;
    const warm = big['guidelint check --cache (warm: nothing changed)'].wall;
    targets.push(
      ...(big[markdownlintName] ? [[`guidelint / markdownlint-cli2 MD043, ${bigFiles} files`, gl / big[markdownlintName].wall, 0.2]] : []),
      [`guidelint / (read + markdown-it parse, 1 thread), ${bigFiles} files`, gl / big['read + markdown-it parse (1 thread)'].wall, 0.6],
      // What two cores of this machine give for the floor's own work: the best any two threads can do.
      [`read + markdown-it parse, 2 threads / 1 thread, ${bigFiles} files`, big[TWO_THREAD_FLOOR_ROW].wall / big['read + markdown-it parse (1 thread)'].wall, null],
      [`guidelint / (read + markdown-it parse, 2 threads), ${bigFiles} files`, gl / big[TWO_THREAD_FLOOR_ROW].wall, null],
      [`warm --cache / cold --cache, ${bigFiles} files`, warm / big['guidelint check --cache (cold: no cache file)'].wall, 0.1],
      [`warm --cache / guidelint check (no cache), ${bigFiles} files`, warm / gl, 0.1],
      [`peak memory, ${bigFiles} files, MB`, big['guidelint check'].rss, 300],
      ...(baseline ? [[`this build / baseline build, ${bigFiles} files`, gl / big[BASELINE_ROW].wall, 1]] : []),
      [`time for ${bigFiles} files / time for ${halfFiles} files (files ×${(bigFiles / halfFiles).toFixed(2)})`, gl / half['guidelint check'].wall, 2.1],
    );
  }

  if (selected('one-file')) {
    const single = oneFile();
    table('One document, whole process', 1, single);
    const node = single[EMPTY_NODE].cpu;
    targets.push(
      ['one 28 KB document, whole process, ms', ms(single[ONE_DOC_ROW].wall), 150],
      ['one 28 KB document, whole process, --cache (template stored), ms', ms(single[ONE_DOC_CACHED_ROW].wall), 150],
      ['one 28 KB document, built-in template: CPU / CPU of node -e ""', single[ONE_BUILTIN_ROW].cpu / node, 1.5],
      ['one 28 KB document, its template unchanged since the last run: CPU / CPU of node -e ""', single[ONE_DOC_ROW].cpu / node, 1.5],
      ['one 28 KB document, its template edited (compiled): CPU / CPU of node -e ""', single[ONE_DOC_EDITED_ROW].cpu / node, null],
      ['one 28 KB document, template stored (--cache): CPU / CPU of node -e ""', single[ONE_DOC_CACHED_ROW].cpu / node, 1.5],
      ['markdownlint-cli2 / guidelint, one 28 KB document, CPU', single[ONE_MARKDOWNLINT_ROW].cpu / single[ONE_DOC_ROW].cpu, null],
    );
  }

  if (selected('lsp')) {
    const lsp = lspLatency();
    rows.push(
      `### Language server, ${lsp.lines}-line document (bench/lsp-latency.mjs)`,
      '',
      '| measure | count | median ms | p90 ms | fastest ms |',
      '| --- | ---: | ---: | ---: | ---: |',
    );
    const lspRow = (name, s) => rows.push(`| ${name} | ${s.count} | ${s.median.toFixed(1)} | ${s.p90.toFixed(1)} | ${s.min.toFixed(1)} |`);
    lspRow('spawn → initialized (config, template read; linter warmed)', lsp.start);
    lspRow('open → first diagnostics', lsp.open);
    lspRow('change → diagnostics, default (adaptive) debounce', lsp.adaptive);
    lspRow('change → diagnostics, no debounce (debounceMs: 0)', lsp.none);
    rows.push('');
    targets.push(
      [`LSP change → diagnostics, ${lsp.lines} lines, default debounce, ms`, lsp.adaptive.median, 60],
      [`LSP change → diagnostics, ${lsp.lines} lines, no debounce, ms`, lsp.none.median, 30],
      [`LSP open → first diagnostics, ${lsp.lines} lines, ms`, lsp.open.median, 100],
    );
  }

  if (selected('shard')) {
    const { files, results } = shards();
    table('One copy of every corpus, in four shards (a CI matrix of four jobs)', files, results);
    const slowest = Math.max(...SHARD_ROWS.map((name) => results[name].wall));
    targets.push([`slowest of 4 shards / whole run, ${files} files (the matrix's wall time)`, slowest / results[WHOLE_JSON_ROW].wall, null]);
  }

  if (targets.length > 0) {
    rows.push('### Targets', '', '| target | measured | goal | met |', '| --- | ---: | ---: | :---: |');
    for (const [target, measured, goal] of targets) {
      const shown = measured >= 10 ? measured.toFixed(0) : measured.toFixed(3);
      rows.push(goal === null ? `| ${target} | ${shown} | | |` : `| ${target} | ${shown} | ≤ ${goal} | ${measured <= goal ? 'yes' : 'no'} |`);
    }
    rows.push('');
  }
  if (selected('compile')) rows.push(...templateCompileRows());
  load.push(loadavg()[0]);
  rows.push(`Load average at the end: ${load[1].toFixed(1)}.`, '');
} finally {
  rmSync(work, { recursive: true, force: true });
}

/**
 * The pre-commit case: one document, whole process, beside an empty Node, alternating round by round
 * (CPU is what the ratios compare: wall time on a shared machine is other agents' too). The
 * document is a Rust RFC whose template the config names, and a design doc of the same size for the
 * built-in template (shipped precompiled). Each command runs once untimed first: as after the first
 * run of an installation, V8's code cache of the CLI is in place, and so is the schema of the RFC
 * template, which that run compiled (with --cache, it is read from the cache file); one row edits
 * the template before each round, so that it is compiled, and one shows a run without the code cache.
 */
function oneFile() {
  const oneRoot = join(work, 'one');
  buildCorpus(sharedCorpora, oneRoot, 1, ['rust-rfcs']);
  const designDoc = join('builtin', 'design-28k.md');
  mkdirSync(join(oneRoot, 'builtin'));
  writeFileSync(join(oneRoot, designDoc), designDocOf(28 * 1024));
  const oneCache = join(work, 'one.guidelintcache');
  const templateOnlyCache = join(work, 'one-template-only.guidelintcache');
  const oneCached = ['node', guidelint, ONE_DOC, '--cache', '--cache-location', oneCache, '--output', join(work, 'one.txt')];
  measure(oneCached, oneRoot);
  writeFileSync(templateOnlyCache, JSON.stringify({ ...JSON.parse(readFileSync(oneCache, 'utf8')), files: {} }));
  const builtin = ['node', guidelint, '--template', 'design-doc', designDoc, '--output', join(work, 'one.txt')];
  // A copy of the RFC template, in two versions taken in turn: the last round kept the other's schema.
  const template = readFileSync(join(oneRoot, 'templates', 'rust-rfcs.md'), 'utf8');
  const edited = join('templates', 'rust-rfcs-edited.md');
  let edits = 0;
  const commands = {
    [EMPTY_NODE]: command(['node', '-e', ''], { rounds: oneRounds, exitCodes: [0] }),
    [ONE_BUILTIN_ROW]: command(builtin, { rounds: oneRounds }),
    [ONE_DOC_ROW]: command(['node', guidelint, ONE_DOC, '--output', join(work, 'one.txt')], { rounds: oneRounds }),
    [ONE_DOC_EDITED_ROW]: command(['node', guidelint, '--template', edited, ONE_DOC, '--output', join(work, 'one.txt')], {
      rounds: oneRounds,
      before: () => writeFileSync(join(oneRoot, edited), `${template}${'\n'.repeat((edits += 1) % 2)}`),
    }),
    [ONE_DOC_CACHED_ROW]: command(oneCached, { rounds: oneRounds, before: () => copyFileSync(templateOnlyCache, oneCache) }),
    'guidelint check --template design-doc <28 KB design doc>, no code cache': command(builtin, {
      rounds: oneRounds,
      env: { NODE_DISABLE_COMPILE_CACHE: '1' },
    }),
    [ONE_MARKDOWNLINT_ROW]: command(['node', markdownlint, ONE_DOC], { rounds }),
  };
  for (const { argv, exitCodes, env, before } of Object.values(commands)) {
    before?.();
    measure(argv, oneRoot, exitCodes, env);
  }
  return compare(commands, oneRoot);
}

/**
 * The CI matrix of README's "Sharding": each of four jobs checks its part of the files, one more
 * merges their JSON reports. Times each shard, the merge and the whole run, alternating; and checks
 * once, before timing, that the merge prints the whole run's report byte for byte.
 */
function shards() {
  const root = join(work, 'shard', 'corpus');
  const files = buildCorpus(sharedCorpora, root, 1);
  const reportOf = (name) => join(work, `shard-${name}.json`);
  const check = (name, args) => command(['node', guidelint, '.', '--format', 'json', '--output', reportOf(name), ...args]);
  const commands = {
    [WHOLE_JSON_ROW]: check('whole', []),
    ...Object.fromEntries(SHARD_ROWS.map((row, index) => [row, check(index + 1, ['--shard', `${index + 1}/4`])])),
    [MERGE_ROW]: command(['node', guidelint, 'merge', ...[1, 2, 3, 4].map(reportOf), '--format', 'json', '--output', reportOf('merged')]),
  };
  for (const { argv, exitCodes } of Object.values(commands)) measure(argv, root, exitCodes);
  if (readFileSync(reportOf('merged'), 'utf8') !== readFileSync(reportOf('whole'), 'utf8')) {
    throw new Error('bench: the merge of the four shards differs from the whole run');
  }
  return { files, results: compare(commands, root) };
}

/** A conforming design doc (the built-in template's fixture) grown by paragraphs to about `bytes`. */
function designDocOf(bytes) {
  const lines = readFileSync(join(project, 'fixtures', 'design-doc', 'valid', 'rate-limiter.md'), 'utf8').split('\n');
  const at = lines.findIndex((line) => line.startsWith('## Implementation Guidance'));
  const filler = [];
  for (let index = 0; Buffer.byteLength([...lines, ...filler].join('\n')) < bytes; index += 1) {
    filler.push(`Design note ${index}: the limiter keeps a token bucket per tenant and route, refilled lazily.`, '');
  }
  return [...lines.slice(0, at), ...filler, ...lines.slice(at)].join('\n');
}

/** bench/lsp-latency.mjs's figures (its own alternating sessions). */
function lspLatency() {
  const result = spawnSync('node', [join(here, 'lsp-latency.mjs')], { encoding: 'utf8', env: { ...process.env, LSP_JSON: '1' } });
  const line = result.stdout.trim().split('\n').at(-1) ?? '';
  try {
    return JSON.parse(line);
  } catch {
    throw new Error(`bench: lsp-latency.mjs failed (${result.status}): ${result.stderr.slice(-500)}`);
  }
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
// RESULTS.md holds a whole run's figures.
if (only.length === 0) writeFileSync(join(here, 'RESULTS.md'), report);
