// The conformance report of the real corpora (../shared/corpora), at the bench's scaled size: the
// time `guidelint report` takes, the HTML's size, and in Debian's chromium (driven by
// playwright-core) the time from navigation to the heat maps drawn, to sort 10,000 rows by path, by
// a section and back to worst first, and to draw the last rows. Each sort time is measured in the
// page, from the click to the next frame after the rows are drawn.
//
// `node bench/report.mjs` prints its table; bench/run.mjs adds it to RESULTS.md. Needs a build and
// /usr/bin/chromium (`apt-get install chromium`); BENCH_FILES (default 10000) sizes the corpus.
// BENCH_SCREENSHOT=docs/report.png saves the README's picture: the first heat map at 1280 × 800
// (`BENCH_FILES=1 BENCH_SCREENSHOT=docs/report.png node bench/report.mjs`: one copy of each corpus).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.mjs';
import { buildCorpus } from './corpus.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const project = dirname(here);
const guidelint = join(project, 'bin', 'guidelint.js');

const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Clicks the header button matching `selector` in the first heat map; ms from the click until its rows are drawn. */
function timeClick(page, selector) {
  return page.evaluate(async (selector) => {
    const button = document.querySelector(`section.template ${selector}`);
    const start = performance.now();
    button.click();
    // The second frame starts once the first, which drew the change, is done.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
    return performance.now() - start;
  }, selector);
}

/** The first template's heat map, from its heading to the bottom of its box, 1280 px wide. */
async function screenshot(page, path) {
  await page.setViewportSize({ width: 1280, height: 800 });
  const clip = await page.evaluate(() => {
    const top = document.querySelector('section.template h2').getBoundingClientRect().top + window.scrollY;
    const bottom = document.querySelector('section.template .grid-scroll').getBoundingClientRect().bottom + window.scrollY;
    return { x: 0, y: top - 8, width: 1280, height: bottom - top + 16 };
  });
  await page.screenshot({ path, clip, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** Measures the report of `root` (a built corpus); `rounds` page loads. Returns the numbers. */
export async function measureReport(root, work, rounds = 3) {
  const output = join(work, 'report.html');
  const started = process.hrtime.bigint();
  const run = spawnSync('node', [guidelint, 'report', '.', '-o', output], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
  const reportSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0) throw new Error(`bench: guidelint report failed (${run.status}): ${run.stderr.slice(-500)}`);
  const bytes = statSync(output).size;

  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const samples = { ready: [], script: [], path: [], section: [], worst: [], bottom: [], rows: 0, cells: 0, documents: 0 };
  try {
    for (let round = 0; round < rounds; round++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(pathToFileURL(output).href);
      await page.waitForSelector('html[data-ready]', { timeout: 120_000 });
      const [start, ready] = await page.evaluate(() => ['guidelint-start', 'guidelint-ready'].map((name) => performance.getEntriesByName(name)[0].startTime));
      samples.ready.push(ready);
      samples.script.push(ready - start);
      if (round === 0 && process.env.BENCH_SCREENSHOT) await screenshot(page, process.env.BENCH_SCREENSHOT);
      samples.path.push(await timeClick(page, 'button[data-sort="path"]'));
      samples.section.push(await timeClick(page, 'th.col:nth-of-type(8) button'));
      samples.worst.push(await timeClick(page, 'button[data-sort="findings"]'));
      samples.bottom.push(
        await page.evaluate(async () => {
          const scroller = document.querySelector('section.template .grid-scroll');
          const start = performance.now();
          scroller.scrollTop = scroller.scrollHeight;
          await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
          return performance.now() - start;
        }),
      );
      Object.assign(
        samples,
        await page.evaluate(() => ({
          rows: document.querySelectorAll('table.heatmap tbody tr:not(.spacer)').length,
          cells: document.querySelectorAll('table.heatmap tbody td.cell').length,
          documents: [...document.querySelectorAll('section.template table.heatmap')].reduce(
            (sum, table) => sum + Number(table.getAttribute('aria-rowcount')) - 3,
            0,
          ),
        })),
      );
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return {
    reportSeconds,
    bytes,
    documents: samples.documents,
    rowsInDom: samples.rows,
    cellsInDom: samples.cells,
    readyMs: median(samples.ready),
    scriptMs: median(samples.script),
    sortPathMs: median(samples.path),
    sortSectionMs: median(samples.section),
    sortWorstMs: median(samples.worst),
    scrollBottomMs: median(samples.bottom),
    rounds,
  };
}

/** RESULTS.md rows for the report of a scaled corpus at `root`. */
export async function reportRows(root, work, files) {
  if (!existsSync(CHROMIUM)) return ['### Conformance report', '', `Not measured: ${CHROMIUM} is missing (apt-get install chromium).`, ''];
  const m = await measureReport(root, work);
  const ms = (value) => value.toFixed(0);
  return [
    `### Conformance report of the scaled corpus (${files} files, ${m.documents} documents in the heat maps)`,
    '',
    `\`guidelint report . -o report.html\`, then the page in chromium at 1280 × 900 (median of ${m.rounds} page loads).`,
    '',
    '| measure | value |',
    '| --- | ---: |',
    `| guidelint report, whole process, s | ${m.reportSeconds.toFixed(2)} |`,
    `| HTML size, MB | ${(m.bytes / 1e6).toFixed(2)} |`,
    `| navigation to heat maps drawn, ms | ${ms(m.readyMs)} |`,
    `| of which the page's script (read the data, sort, draw the rows in view), ms | ${ms(m.scriptMs)} |`,
    `| sort by path, ms | ${ms(m.sortPathMs)} |`,
    `| sort by a section, ms | ${ms(m.sortSectionMs)} |`,
    `| sort worst first, ms | ${ms(m.sortWorstMs)} |`,
    `| scroll to the last row, ms | ${ms(m.scrollBottomMs)} |`,
    `| rows in the DOM / documents | ${m.rowsInDom} / ${m.documents} |`,
    '',
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sharedCorpora = process.env.GUIDELINT_CORPORA ?? join(project, '..', 'shared', 'corpora');
  const target = Number(process.env.BENCH_FILES ?? 10_000);
  const work = mkdtempSync(join(tmpdir(), 'guidelint-bench-report-'));
  try {
    const perCopy = buildCorpus(sharedCorpora, join(work, 'probe'), 1);
    const root = join(work, 'big', 'corpus');
    const files = buildCorpus(sharedCorpora, root, Math.ceil(target / perCopy));
    process.stdout.write(`${(await reportRows(root, work, files)).join('\n')}\n`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
