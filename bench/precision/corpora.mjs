// Shared by the bench/precision scripts: where the real corpora are, and how to run one guidelint
// build on them. The corpora are read from GUIDELINT_CORPORA, else ../shared/corpora beside the
// project root; each corpus is a folder with template.md and docs/ (see its README).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Ends the script as the CLI does for a run that cannot start: one line on stderr, exit 2. */
export function fail(script, line) {
  console.error(`${script}: ${line}`);
  process.exit(2);
}

/** Every corpus folder holding template.md and docs/, by name. */
export function findCorpora(script) {
  const root = resolve(process.env.GUIDELINT_CORPORA ?? join(projectRoot, '..', 'shared', 'corpora'));
  const corpora = existsSync(root)
    ? readdirSync(root).sort().map((name) => corpusAt(join(root, name))).filter((c) => existsSync(c.template) && existsSync(c.docs))
    : [];
  if (corpora.length === 0) fail(script, `no corpora at ${root} (set GUIDELINT_CORPORA)`);
  return corpora;
}

function corpusAt(dir) {
  return { name: basename(dir), dir, template: join(dir, 'template.md'), docs: join(dir, 'docs') };
}

/**
 * How to start a build's CLI. A bin script (starting `#!`, as bin/guidelint.js) runs as it is; a
 * module that exports `main(argv)` (dist/cli/main.js, e.g. of an older build kept without its bin/)
 * runs through a one-line wrapper that calls it, as bin/guidelint.js does.
 */
export function cliRunner(script, cliPath = join(projectRoot, 'bin', 'guidelint.js')) {
  const path = resolve(cliPath);
  if (!existsSync(path)) fail(script, `no guidelint CLI at ${path} (npm run build, or give --cli)`);
  if (readFileSync(path, 'utf8').startsWith('#!')) return { path, argv: [path] };
  const url = JSON.stringify(pathToFileURL(path).href);
  const wrapper = `const { main } = await import(${url}); process.exitCode = await main(process.argv.slice(1));`;
  return { path, argv: ['--input-type=module', '-e', wrapper, '--'] };
}

/**
 * `check --template <corpus>/template.md --format json <docs> [...extra]`, run in the corpus folder
 * (no project config applies). Returns the parsed JSON report, or the error that kept it from being one.
 */
export function checkCorpus(cli, corpus, { docs = corpus.docs, extra = [] } = {}) {
  const args = ['check', '--template', corpus.template, '--format', 'json', ...extra, docs];
  const run = spawnSync(process.execPath, [...cli.argv, ...args], {
    cwd: corpus.dir, encoding: 'utf8', maxBuffer: 1 << 30, timeout: 600_000,
  });
  try {
    return { report: JSON.parse(run.stdout) };
  } catch {
    return { error: `exit ${run.status}: ${(run.stderr || '').trim().split('\n').pop()}` };
  }
}

/** The findings of a JSON report, flat, each with its document's path relative to `docs`. */
export function findingsOf(report, docs) {
  return report.flatMap((file) => file.messages.map((m) => ({ ...m, document: relative(docs, file.filePath) })));
}

/** Docs, clean docs (no error, as the CLI's exit code counts them), findings, findings by rule. */
export function tally(report) {
  const byRule = {};
  let findings = 0;
  for (const m of report.flatMap((file) => file.messages)) {
    findings++;
    const rule = m.ruleId ?? 'fatal';
    byRule[rule] = (byRule[rule] ?? 0) + 1;
  }
  const clean = report.filter((file) => !file.messages.some((m) => m.severity === 2)).length;
  return { docs: report.length, clean, findings, byRule };
}

/** `rule n, rule n` by count, largest first. */
export function formatByRule(byRule) {
  const entries = Object.entries(byRule).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return entries.map(([rule, n]) => `${rule} ${n}`).join(', ') || '—';
}
