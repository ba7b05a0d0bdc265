/**
 * The HTML report in a real browser: Debian's chromium, driven headless by playwright-core, one
 * launch for the whole file. It asserts the DOM (cells, links, sort, filters, keyboard, the rows
 * drawn for a large report), the layout at 1280 px and at a phone's width, the contrast of what it
 * draws, and compares a screenshot with the committed one by size and a coarse colour histogram
 * (fonts differ between machines; bytes would). Skipped, saying why, where /usr/bin/chromium is missing.
 *
 * The tests share one page: each opens its report anew (a navigation is a fresh document, and the
 * report keeps no state outside it), at its viewport, with the mouse back at the corner. A page
 * of its own for each test would start a renderer process each: more than twice the CPU.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../../../bench/chromium.mjs';
import { makeResult } from '../../../src/engine/results.js';
import { renderHtml } from '../../../src/report/conformance/html.js';
import { buildConformance } from '../../../src/report/conformance/model.js';
import { exampleReport, exampleResults, ROOT, SCHEMA } from './example.js';

/** The committed screenshot of the example report at 1280 × 900. */
const REFERENCE = fileURLToPath(new URL('screenshot-1280.png', import.meta.url));
/** Launching a browser on a loaded machine takes seconds. */
const TIMEOUT = 60_000;
const BIG = 3000;

if (!existsSync(CHROMIUM)) {
  describe('the HTML report in chromium', () => {
    it.skip(`needs ${CHROMIUM} (apt-get install chromium; .ci/run installs it)`, () => undefined);
  });
} else {
  describe('the HTML report in chromium', () => {
    let browser: Browser;
    let shared: Page;
    /** The uncaught errors of the document open now. */
    let errors: string[] = [];
    let folder: string;
    let example: string;
    let big: string;

    beforeAll(async () => {
      folder = mkdtempSync(join(tmpdir(), 'guidelint-html-'));
      example = join(folder, 'report.html');
      writeFileSync(example, renderHtml(exampleReport(), { outputDir: ROOT }));
      big = join(folder, 'big.html');
      writeFileSync(big, renderHtml(bigReport(), { outputDir: ROOT }));
      const { chromium } = await import('playwright-core');
      browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
      shared = await browser.newPage();
      shared.on('pageerror', (error) => errors.push(String(error)));
    }, TIMEOUT);

    afterAll(async () => {
      await browser?.close();
      rmSync(folder, { recursive: true, force: true });
    });

    /** Opens `file` anew in the shared page, at the viewport given. */
    async function open(file: string, width = 1280, height = 900): Promise<Page> {
      errors = [];
      await shared.setViewportSize({ width, height });
      await shared.mouse.move(0, 0);
      await shared.goto(pathToFileURL(file).href);
      await shared.waitForSelector('html[data-ready]');
      expect(errors).toEqual([]);
      return shared;
    }

    /** The drawn rows of the first heat map: `path: symbols`. */
    const rows = (page: Page): Promise<string[]> =>
      page.$$eval('section.template[data-template="0"] table.heatmap tbody tr:not(.spacer)', (trs) =>
        trs.map((tr) => `${tr.querySelector('th')!.textContent}: ${[...tr.querySelectorAll('td.cell')].map((td) => td.textContent).join('')}`),
      );

    it('draws a row per document and a cell per field and section, each a link to the file at its line, its state in words', async () => {
      const page = await open(example);
      expect(await rows(page)).toEqual([
        'docs/team-a/empty.md: ✓○✓○✗✓',
        'docs/team-a/missing.md: ✓✓✗…✓–',
        'docs/team-b/misplaced.md: !✓✓↕✓–',
        'docs/team-b/found-under.md: ✓✓✓✓↕–',
        'docs/clean.md: ✓✓✓✓✓–',
      ]);
      const owner = page.locator('table.heatmap tbody tr:not(.spacer)').first().locator('td.cell a').nth(1);
      expect(await owner.getAttribute('href')).toBe('docs/team-a/empty.md#L4');
      expect(await owner.getAttribute('aria-label')).toBe('Owner: empty, line 4, 1 finding');
      expect(await page.locator('table.heatmap tbody tr:not(.spacer)').first().locator('th a').getAttribute('href')).toBe('docs/team-a/empty.md');
      expect(await page.locator('table.heatmap').getAttribute('role')).toBe('grid');
      expect(await page.locator('thead tr.labels th[scope=col]').count()).toBe(3 + 6);
    }, TIMEOUT);

    it('shows a cell’s findings on hover and on focus', async () => {
      const page = await open(example);
      const problem = page.locator('table.heatmap tbody tr:not(.spacer)').nth(1).locator('td.cell a').nth(2);
      await problem.hover();
      const tooltip = page.locator('.tooltip');
      expect(await tooltip.isVisible()).toBe(true);
      expect(await tooltip.textContent()).toBe(
        'Problem: missingdocs/team-a/missing.md:66:1 Missing required section "## Problem" (feature), expected before "## Design" (required-section)',
      );
      await page.mouse.move(0, 0);
      await page.locator('table.heatmap tbody tr:not(.spacer)').first().locator('td.cell a').nth(3).focus();
      expect(await tooltip.textContent()).toBe('Design: emptydocs/team-a/empty.md:1010:1 Section "## Design" (feature) is empty (empty-section)');
      expect(await page.locator('table.heatmap tbody tr:not(.spacer)').first().locator('td.cell a').nth(3).getAttribute('aria-describedby')).toBe('template-0-tip');
    }, TIMEOUT);

    it('sorts by document, by findings and by a column, and says so with aria-sort', async () => {
      const page = await open(example);
      const paths = async (): Promise<string[]> => (await rows(page)).map((row) => row.split(':')[0]!);
      const sortedBy = (): Promise<string[]> => page.$$eval('thead tr.labels th[aria-sort]', (ths) => ths.map((th) => `${th.textContent} ${th.getAttribute('aria-sort')}`));
      await page.click('button[data-sort="path"]');
      expect(await paths()).toEqual(['docs/clean.md', 'docs/team-a/empty.md', 'docs/team-a/missing.md', 'docs/team-b/found-under.md', 'docs/team-b/misplaced.md']);
      expect(await sortedBy()).toEqual(['Document ascending']);
      await page.click('button[data-sort="path"]');
      expect((await paths())[0]).toBe('docs/team-b/misplaced.md');
      expect(await sortedBy()).toEqual(['Document descending']);
      await page.click('th.col button[aria-label^="Problem"]');
      expect(await paths()).toEqual(['docs/team-a/missing.md', 'docs/team-a/empty.md', 'docs/team-b/misplaced.md', 'docs/team-b/found-under.md', 'docs/clean.md']);
      expect(await sortedBy()).toEqual(['Problem descending']);
      await page.click('button[data-sort="findings"]');
      await page.click('button[data-sort="findings"]');
      expect((await paths())[0]).toBe('docs/clean.md');
    }, TIMEOUT);

    it('filters by rule, folder, status and path, and says how many documents it shows', async () => {
      const page = await open(example);
      const shown = async (): Promise<[string[], string | null]> => [
        (await rows(page)).map((row) => row.split(':')[0]!),
        await page.locator('output.shown').textContent(),
      ];
      await page.selectOption('select[name=rule]', { label: 'placeholder (1)' });
      expect(await shown()).toEqual([['docs/team-a/missing.md'], '1 of 5 documents']);
      await page.selectOption('select[name=rule]', '');
      await page.selectOption('select[name=folder]', { label: 'docs/team-b/ (2)' });
      expect(await shown()).toEqual([['docs/team-b/misplaced.md', 'docs/team-b/found-under.md'], '2 of 5 documents']);
      await page.selectOption('select[name=folder]', '');
      await page.selectOption('select[name=status]', { label: 'Accepted (2)' });
      expect(await shown()).toEqual([['docs/team-a/missing.md', 'docs/team-b/found-under.md'], '2 of 5 documents']);
      await page.selectOption('select[name=status]', '');
      await page.fill('input[name=path]', 'CLEAN');
      expect(await shown()).toEqual([['docs/clean.md'], '1 of 5 documents']);
      await page.fill('input[name=path]', '');
      await page.check('input[name=with-findings]');
      expect((await shown())[1]).toBe('4 of 5 documents');
    }, TIMEOUT);

    it('moves through the grid with the keyboard from its one tab stop, sorts from a header, lists a document’s findings', async () => {
      const page = await open(example);
      const focused = (): Promise<string> =>
        page.evaluate(() => {
          const element = document.activeElement as HTMLElement;
          return `${element.closest('tr')?.getAttribute('aria-rowindex')}:${(element.closest('td,th') as HTMLTableCellElement).cellIndex} ${element.getAttribute('aria-label') ?? element.textContent}`;
        });
      await page.focus('input[name=with-findings]');
      await page.keyboard.press('Tab');
      expect(await focused()).toBe('4:0 docs/team-a/empty.md');
      expect(await page.locator('table.heatmap [tabindex="0"]').count()).toBe(1);
      await page.keyboard.press('ArrowRight');
      expect(await focused()).toBe('4:1 2 errors, 0 warnings: list the findings of docs/team-a/empty.md');
      await page.keyboard.press('Enter');
      expect(await page.locator('.details li').allTextContents()).toEqual([
        'docs/team-a/empty.md:4:11 error Owner: Field "Owner" (feature) is empty (field-value)',
        'docs/team-a/empty.md:10:1 error Design: Section "## Design" (feature) is empty (empty-section)',
      ]);
      expect(await page.locator('.details li a').first().getAttribute('href')).toBe('docs/team-a/empty.md#L4');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowDown');
      expect(await focused()).toBe('5:3 Status: present, line 3');
      await page.keyboard.press('End');
      expect(await focused()).toBe('5:8 Alternatives (optional): not applicable');
      await page.keyboard.press('Control+End');
      expect(await focused()).toBe('8:8 Alternatives (optional): not applicable');
      await page.keyboard.press('Home');
      expect(await focused()).toBe('8:0 docs/clean.md');
      await page.keyboard.press('Control+Home');
      await page.keyboard.press('ArrowUp');
      expect(await focused()).toBe('2:0 Document');
      await page.keyboard.press('Enter');
      expect((await rows(page))[0]).toBe('docs/clean.md: ✓✓✓✓✓–');
    }, TIMEOUT);

    it(`draws only the rows in view of ${BIG} documents, sorts them, and reaches the last with Ctrl+End`, async () => {
      const page = await open(big);
      expect(await page.locator('table.heatmap').first().getAttribute('aria-rowcount')).toBe(String(BIG + 3));
      const drawn = await page.locator('section.template[data-template="0"] tbody tr:not(.spacer)').count();
      expect(drawn).toBeGreaterThan(10);
      expect(drawn).toBeLessThan(100);
      await page.click('button[data-sort="path"]');
      expect((await rows(page))[0]).toBe('docs/batch-00/doc-0000.md: ✓✓✓✓✓–');
      await page.focus('table.heatmap [tabindex="0"]');
      await page.keyboard.press('Control+End');
      const last = await page.evaluate(() => {
        const element = document.activeElement!;
        return `${element.closest('tr')!.getAttribute('aria-rowindex')} ${element.textContent}`;
      });
      expect(last).toBe(`${BIG + 3} docs/batch-19/doc-2999.md`);
      expect(await page.locator('section.template[data-template="0"] tbody tr:not(.spacer)').count()).toBeLessThan(100);
    }, TIMEOUT);

    it('draws a heat map further down the page only as it comes near the view', async () => {
      const page = await open(big, 1280, 600);
      const second = page.locator('section.template[data-template="1"]');
      const drawn = (): Promise<number> => second.locator('table.heatmap tbody tr').count();
      expect(await drawn()).toBe(0);
      await second.locator('h2').scrollIntoViewIfNeeded();
      await second.locator('table.heatmap tbody tr').first().waitFor();
      expect(await drawn()).toBe(5);
    }, TIMEOUT);

    it('fits 1280 px and a phone’s width: the page never scrolls sideways, the heat map scrolls in its box', async () => {
      for (const width of [1280, 390]) {
        const page = await open(big, width, 844);
        const sizes = await page.evaluate(() => {
          const scroller = document.querySelector('.grid-scroll')!;
          return { page: document.documentElement.scrollWidth, view: window.innerWidth, grid: scroller.clientWidth, gridContent: scroller.scrollWidth };
        });
        expect([width, sizes.page]).toEqual([width, sizes.view]);
        expect(sizes.grid).toBeLessThanOrEqual(width);
        }
    }, TIMEOUT);

    it('draws every state’s symbol on its colour with a contrast that passes WCAG AA', async () => {
      const page = await open(example);
      const ratios = await page.$$eval('.legend .swatch', (swatches) =>
        swatches.map((swatch) => {
          const style = getComputedStyle(swatch);
          const channels = (color: string): number[] => color.match(/\d+/gu)!.slice(0, 3).map(Number);
          const luminance = (color: string): number => {
            const [r, g, b] = channels(color).map((value) => {
              const channel = value / 255;
              return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
            });
            return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
          };
          const [light, dark] = [luminance(style.color), luminance(style.backgroundColor)].sort((a, b) => b - a);
          return `${swatch.className} ${((light! + 0.05) / (dark! + 0.05)).toFixed(1)}`;
        }),
      );
      expect(ratios.filter((entry) => Number(entry.split(' ').at(-1)) < 4.5)).toEqual([]);
      expect(ratios).toHaveLength(7);
    }, TIMEOUT);

    it('looks as the committed screenshot does: same size, nearly the same colours', async () => {
      const page = await open(example, 1280, 900);
      const shot = await page.screenshot();
      const saved = join(tmpdir(), 'guidelint-report-1280.png');
      writeFileSync(saved, shot);
      if (!existsSync(REFERENCE)) {
        writeFileSync(REFERENCE, shot);
        throw new Error(`no reference screenshot: wrote ${REFERENCE} (look at it, then commit it)`);
      }
      const [actual, reference] = [await histogram(page, shot), await histogram(page, readFileSync(REFERENCE))];
      expect([actual.width, actual.height]).toEqual([reference.width, reference.height]);
      // Half the summed difference of the shares of 64 colour bins: 0 the same colours, 1 none in common.
      const distance = actual.bins.reduce((sum, share, bin) => sum + Math.abs(share - reference.bins[bin]!), 0) / 2;
      expect({ distance: distance < 0.02, saved }).toEqual({ distance: true, saved });
    }, TIMEOUT);
  });
}

/** Shares of the pixels in 64 colour bins (4 levels per channel), decoded by the browser. */
function histogram(page: Page, png: Buffer): Promise<{ width: number; height: number; bins: number[] }> {
  return page.evaluate(async (source) => {
    const image = new Image();
    image.src = source;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, image.width, image.height);
    const bins = new Array<number>(64).fill(0);
    for (let at = 0; at < data.length; at += 4) bins[(data[at]! >> 6) * 16 + (data[at + 1]! >> 6) * 4 + (data[at + 2]! >> 6)]! += 1;
    return { width: image.width, height: image.height, bins: bins.map((count) => count / (image.width * image.height)) };
  }, `data:image/png;base64,${png.toString('base64')}`);
}

/** The example's documents, copied to `BIG` files in 20 folders; and once more, following a second template. */
function bigReport() {
  const results = exampleResults();
  const copies = Array.from({ length: BIG }, (_, index) => {
    const { messages, coverage, template } = results[index % results.length]!;
    const path = `${ROOT}/docs/batch-${String(index % 20).padStart(2, '0')}/doc-${String(index).padStart(4, '0')}.md`;
    return makeResult(path, template, messages, coverage);
  });
  const others = results.map(({ filePath, messages, coverage }) => makeResult(filePath.replace('/docs/', '/other/'), 'other', messages, coverage));
  return buildConformance({
    results: [...copies, ...others],
    templates: new Map([
      ['feature', SCHEMA],
      ['other', { ...SCHEMA, template: 'other' }],
    ]),
    skipped: [],
    pathOf: (filePath) => filePath.slice(ROOT.length + 1),
    config: null,
    generatedAt: '2026-12-05T09:30:00.000Z',
    toolVersion: '0.1.0',
  });
}
