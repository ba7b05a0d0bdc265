/** The HTML page as text: self-contained, escaped, and what it shows without its script. The browser test drives the rest. */
import { describe, expect, it } from '@jest/globals';
import { renderHtml } from '../../../src/report/conformance/html.js';
import { buildConformance } from '../../../src/report/conformance/model.js';
import { PAGE_COLORS, STATE_COLORS } from '../../../src/report/conformance/page-style.js';
import { exampleReport, exampleResults, ROOT, SCHEMA } from './example.js';

/** WCAG 2's contrast ratio of two `#rrggbb` colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string): number => {
    const [r, g, b] = [1, 3, 5].map((at) => {
      const channel = parseInt(hex.slice(at, at + 2), 16) / 255;
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

describe('renderHtml', () => {
  const html = renderHtml(exampleReport(), { outputDir: `${ROOT}/out` });

  it('is one self-contained page: no external script, style, image or font', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html).not.toMatch(/\b(?:src|href)="(?:https?:)?\/\//u);
    expect(html).not.toMatch(/<link\b|@import|url\(/u);
    expect(html.match(/<script\b/gu)).toHaveLength(2);
  });

  it('shows the run, the templates, each section’s share, the rules and the worst documents without its script', () => {
    expect(html).toContain('<div><dt>Config</dt><dd><code>.guidelintrc.yaml</code></dd></div><div><dt>Checked</dt><dd>5 documents</dd></div><div><dt>Skipped</dt><dd>3</dd></div><div><dt>Not checked</dt><dd>1</dd></div>');
    expect(html).toContain('<li>2 × no documents entry matches</li>');
    expect(html).toContain('<li><code>docs/broken.md</code>: Cannot read file: it is binary</li>');
    expect(html).toContain('<tr><th scope="row"><a href="#template-0">feature</a></th><td class="n">5</td><td class="n">1 (20 %)</td><td class="n">7</td><td class="n">0</td></tr>');
    expect(html).toContain('<th scope="row" style="padding-left:24px">Risks</th><td class="n"><span class="bar-track" aria-hidden="true"><span class="bar" style="width:64px"></span></span>80 %</td>');
    expect(html).toContain('<tr><th scope="row">required-section</th><td class="n">2</td><td class="n">0</td></tr>');
    expect(html).toContain('<tr><th scope="row"><a href="../docs/team-a/empty.md">docs/team-a/empty.md</a></th><td class="n">2</td><td class="n">0</td></tr>');
  });

  it('links documents relative to the folder the page is written to', () => {
    const data = JSON.parse(/<script type="application\/json" id="guidelint-data">(.*?)<\/script>/su.exec(html)![1]!) as {
      templates: { docs: [string, string][] }[];
    };
    expect(data.templates[0]!.docs.map(([path, href]) => `${path} ${href}`)).toEqual([
      'docs/team-a/empty.md ../docs/team-a/empty.md',
      'docs/team-a/missing.md ../docs/team-a/missing.md',
      'docs/team-b/misplaced.md ../docs/team-b/misplaced.md',
      'docs/team-b/found-under.md ../docs/team-b/found-under.md',
      'docs/clean.md ../docs/clean.md',
    ]);
  });

  it('keeps document text from closing its script or bringing markup', () => {
    const report = buildConformance({
      results: exampleResults().slice(0, 1),
      templates: new Map([['feature', SCHEMA]]),
      skipped: [{ filePath: '/repo/x.md', reason: '</script><script>alert(1)</script>' }],
      pathOf: () => 'docs/</script><b>.md',
      config: null,
      generatedAt: '2026-12-05T09:30:00.000Z',
      toolVersion: '0.1.0',
    });
    const page = renderHtml(report, { outputDir: '/repo' });
    expect(page.match(/<\/script>/gu)).toHaveLength(2);
    expect(page).not.toContain('<b>');
    expect(page).toContain('<li>1 × &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</li>');
  });

  it('marks each state with a symbol whose contrast on its colour passes WCAG AA (4.5:1)', () => {
    for (const [state, { background, foreground }] of Object.entries(STATE_COLORS)) {
      expect([state, contrast(foreground, background) >= 4.5]).toEqual([state, true]);
    }
    const { text, muted, link, background, headerBackground } = PAGE_COLORS;
    const pairs = [[text, background], [muted, background], [muted, headerBackground], [link, background], [link, headerBackground]];
    expect(pairs.filter(([a, b]) => contrast(a!, b!) < 4.5)).toEqual([]);
  });
});
