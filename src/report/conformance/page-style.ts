/**
 * The HTML report's style sheet, and the colours of the cell states: each symbol on its background
 * passes WCAG AA for text (4.5:1), tested with the same values.
 */
import type { CellState } from './model.js';

export const STATE_COLORS: Readonly<Record<CellState, { background: string; foreground: string }>> = {
  present: { background: '#e3f1e4', foreground: '#1e5e24' },
  findings: { background: '#fff1c2', foreground: '#6b4a00' },
  misplaced: { background: '#1f5fbf', foreground: '#ffffff' },
  placeholder: { background: '#7b3fa0', foreground: '#ffffff' },
  empty: { background: '#f2a33a', foreground: '#2b1600' },
  missing: { background: '#c62828', foreground: '#ffffff' },
  'not-applicable': { background: '#f5f5f5', foreground: '#5c5c5c' },
};

/** Text and background of the page, links, muted text: each pair passes AA too. */
export const PAGE_COLORS = {
  text: '#1f2328',
  background: '#ffffff',
  muted: '#57606a',
  link: '#0b57d0',
  border: '#d0d7de',
  headerBackground: '#f6f8fa',
} as const;

/** Row height of the heat map, in pixels: the page script places rows by it. */
export const ROW_HEIGHT = 28;

const stateRules = Object.entries(STATE_COLORS)
  .map(([state, { background, foreground }]) => `.s-${state}{background:${background};color:${foreground}}`)
  .join('\n');

export const PAGE_STYLE = `
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:${PAGE_COLORS.text};background:${PAGE_COLORS.background}}
main{max-width:1600px;margin:0 auto;padding:16px}
a{color:${PAGE_COLORS.link}}
h1{font-size:1.5rem;margin:0 0 8px}
h2{font-size:1.25rem;margin:32px 0 8px}
h3{font-size:1rem;margin:16px 0 6px}
.muted{color:${PAGE_COLORS.muted}}
.run{display:flex;flex-wrap:wrap;gap:4px 24px;margin:0 0 12px}
.run div{display:flex;gap:6px}
.run dt{color:${PAGE_COLORS.muted}}
.run dd{margin:0;font-weight:600}
table.plain{border-collapse:collapse;margin:8px 0}
table.plain th,table.plain td{border-bottom:1px solid ${PAGE_COLORS.border};padding:4px 10px;text-align:left;vertical-align:top}
table.plain td.n,table.plain th.n{text-align:right;font-variant-numeric:tabular-nums}
.legend{display:flex;flex-wrap:wrap;gap:6px 16px;padding:0;margin:8px 0 16px;list-style:none}
.legend li{display:flex;align-items:center;gap:6px}
.swatch{display:inline-flex;width:24px;height:24px;align-items:center;justify-content:center;border-radius:3px;font-weight:700}
.filters{display:flex;flex-wrap:wrap;gap:8px 16px;align-items:end;margin:8px 0}
.filters label{display:flex;flex-direction:column;font-size:12px;color:${PAGE_COLORS.muted};gap:2px}
.filters label.check{flex-direction:row;align-items:center;gap:6px;font-size:14px;color:${PAGE_COLORS.text}}
.filters select,.filters input[type=search]{font:inherit;padding:4px 6px;border:1px solid #8c959f;border-radius:4px;background:#fff;color:${PAGE_COLORS.text};max-width:16rem}
.filters output{font-size:13px;color:${PAGE_COLORS.muted};padding-bottom:6px}
.grid-scroll{position:relative;overflow:auto;max-height:70vh;border:1px solid ${PAGE_COLORS.border};border-radius:4px;contain:strict;height:70vh}
.grid-scroll.short{height:auto;contain:none}
table.heatmap{--doc-width:320px;border-collapse:separate;border-spacing:0;table-layout:fixed}
.heatmap col.doc-col{width:var(--doc-width)}
.heatmap th,.heatmap td{padding:0;height:${ROW_HEIGHT}px;border-right:1px solid #fff;border-bottom:1px solid #fff}
.heatmap thead th{position:sticky;background:${PAGE_COLORS.headerBackground};z-index:2;font-weight:600;border-bottom:1px solid ${PAGE_COLORS.border}}
.heatmap thead tr.groups th{top:0;height:26px;font-size:12px;text-align:left;padding:0 4px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;border-left:1px solid ${PAGE_COLORS.border}}
.heatmap thead tr.labels th{top:26px;height:150px;vertical-align:bottom}
.heatmap thead tr.shares th,.heatmap thead tr.shares td{top:176px;height:24px;font-size:11px;text-align:center;font-weight:400;color:${PAGE_COLORS.muted};background:${PAGE_COLORS.headerBackground};position:sticky;z-index:2;border-bottom:1px solid ${PAGE_COLORS.border}}
.heatmap thead tr.shares th{text-align:right;padding-right:6px}
.heatmap .doc{position:sticky;left:0;z-index:1;background:#fff;text-align:left;font-weight:400;overflow:hidden;white-space:nowrap;text-overflow:ellipsis;padding:0 6px;border-right:1px solid ${PAGE_COLORS.border}}
.heatmap thead .doc{z-index:3}
.heatmap .doc a{display:block;overflow:hidden;text-overflow:ellipsis;line-height:${ROW_HEIGHT}px;text-decoration:none}
.heatmap .doc a:hover{text-decoration:underline}
.heatmap .count,.heatmap .status{text-align:center;font-variant-numeric:tabular-nums;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;font-size:12px}
.heatmap .status{padding:0 4px;text-align:left}
.heatmap .count button{font:inherit;width:100%;height:100%;border:0;background:transparent;color:inherit;cursor:pointer}
.heatmap .count .errors{color:#b3261e;font-weight:700}
.heatmap .count .warnings{color:#7a5100}
.heatmap th.col{width:28px;min-width:28px}
.heatmap th.col button,.heatmap th.sortable button{font:inherit;font-weight:600;background:transparent;border:0;color:${PAGE_COLORS.text};cursor:pointer;padding:4px 2px;width:100%;height:100%;display:flex;align-items:flex-end;justify-content:center}
.heatmap th.col button span{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap;overflow:hidden;text-overflow:ellipsis;max-block-size:100%;max-inline-size:140px;font-size:12px;text-align:left}
.heatmap th.col.optional button span{font-style:italic;font-weight:400}
.heatmap th.sortable button{justify-content:flex-start;align-items:flex-end}
.heatmap th[aria-sort=ascending] button::after{content:" ▲";font-size:10px}
.heatmap th[aria-sort=descending] button::after{content:" ▼";font-size:10px}
.heatmap th.col[aria-sort] button{box-shadow:inset 0 -3px 0 ${PAGE_COLORS.link}}
.heatmap th.col[aria-sort] button::after{content:none}
.heatmap td.cell{width:28px;text-align:center}
.heatmap td.cell a{display:block;width:100%;height:100%;line-height:${ROW_HEIGHT}px;color:inherit;text-decoration:none;font-weight:700;font-size:14px}
.heatmap tr.spacer td{padding:0;border:0;height:auto}
.heatmap :focus-visible,.filters :focus-visible,button:focus-visible,a:focus-visible{outline:3px solid #111;outline-offset:-3px;box-shadow:inset 0 0 0 5px #fff}
.heatmap tbody tr:hover .doc{background:#eef4ff}
.heatmap tbody tr.pinned .doc{background:#dde9ff}
${stateRules}
.tooltip{position:fixed;z-index:10;max-width:min(480px,92vw);background:#1f2328;color:#fff;padding:8px 10px;border-radius:6px;font-size:13px;box-shadow:0 4px 14px rgba(0,0,0,.25);pointer-events:none}
.tooltip[hidden]{display:none}
.tooltip ul{margin:4px 0 0;padding-left:18px}
.tooltip .where{color:#d0d7de}
.details{margin:12px 0;padding:8px 12px;border:1px solid ${PAGE_COLORS.border};border-radius:4px;background:${PAGE_COLORS.headerBackground}}
.details h3{margin:0 0 6px}
.details ul{margin:0;padding-left:18px}
.details li{margin:2px 0}
.details .rule{color:${PAGE_COLORS.muted}}
.columns{display:grid;grid-template-columns:minmax(0,2fr) minmax(0,1fr);gap:24px}
.bar{display:inline-block;height:10px;background:#2e7d32;vertical-align:middle;margin-right:6px;border-radius:2px}
.bar-track{display:inline-block;width:80px;height:10px;background:#e6e6e6;vertical-align:middle;border-radius:2px;margin-right:6px}
.bar-track .bar{margin:0}
.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
@media (max-width:800px){
  main{padding:10px}
  .columns{grid-template-columns:minmax(0,1fr)}
  table.heatmap{--doc-width:150px}
  .grid-scroll{max-height:75vh;height:75vh}
  table.plain{display:block;overflow-x:auto}
}
`;
