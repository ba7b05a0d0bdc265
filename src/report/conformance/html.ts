/**
 * The conformance report as one self-contained HTML page (`guidelint report`, `--format html`): no
 * network, no external file, readable from `file://`. What needs no script is written here (the
 * header, each template's section and rule tables, the worst documents); the heat map's rows are
 * drawn by the page's script (page-script.ts) from the data embedded as JSON, only those in view.
 */
import { escapeControlCharacters } from '../control-characters.js';
import { pathToUriReference, relativePosix } from '../paths.js';
import { CELL_STATES, type CellState, type Column, type ConformanceReport, type DocumentConformance, type TemplateConformance } from './model.js';
import { heatMapScript, type PageData, type PageDocument, type PageTemplate } from './page-script.js';
import { PAGE_STYLE, ROW_HEIGHT } from './page-style.js';
import { optionalMark, percent, shownTime, STATE_LABELS, STATE_SYMBOLS } from './states.js';

export interface HtmlOptions {
  /** The folder the page is written to: its links to documents are relative to it. */
  outputDir: string;
}

/** Sorting worst first: not applicable is least, then present, …, missing most. */
const SORT_RANKS: Readonly<Record<CellState, number>> = {
  'not-applicable': 0,
  present: 1,
  findings: 2,
  misplaced: 3,
  placeholder: 4,
  empty: 5,
  missing: 6,
};

const WORST_DOCUMENTS = 10;

export function renderHtml(report: ConformanceReport, options: HtmlOptions): string {
  const hrefOf = (document: DocumentConformance): string => pathToUriReference(relativePosix(document.filePath, options.outputDir));
  const title = `guidelint conformance report: ${report.checked} ${report.checked === 1 ? 'document' : 'documents'}`;
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="guidelint ${attribute(report.toolVersion)}">`,
    `<title>${text(title)}</title>`,
    `<style>${PAGE_STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    header(report),
    ...report.templates.map((template, index) => templateSection(template, index, hrefOf)),
    '</main>',
    `<script type="application/json" id="guidelint-data">${scriptJson(pageData(report, hrefOf))}</script>`,
    `<script>(${heatMapScript.toString()})();</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function header(report: ConformanceReport): string {
  const skipped = report.skipped.reduce((sum, entry) => sum + entry.count, 0);
  const facts: [string, string][] = [
    ['Generated', text(shownTime(report.generatedAt))],
    ['Config', report.config === null ? 'none' : `<code>${text(report.config)}</code>`],
    ['Checked', `${report.checked} ${report.checked === 1 ? 'document' : 'documents'}`],
    ['Skipped', String(skipped)],
    ['Not checked', String(report.notChecked.length)],
    ['guidelint', text(report.toolVersion)],
  ];
  const parts = [
    '<header>',
    '<h1>guidelint conformance report</h1>',
    `<dl class="run">${facts.map(([term, value]) => `<div><dt>${term}</dt><dd>${value}</dd></div>`).join('')}</dl>`,
  ];
  if (report.templates.length > 0) {
    parts.push(
      '<table class="plain templates"><caption class="sr-only">Documents per template</caption>',
      '<thead><tr><th scope="col">Template</th><th scope="col" class="n">Documents</th><th scope="col" class="n">Clean</th><th scope="col" class="n">Errors</th><th scope="col" class="n">Warnings</th></tr></thead><tbody>',
      ...report.templates.map((template, index) => {
        const errors = template.documents.reduce((sum, document) => sum + document.errors, 0);
        const warnings = template.documents.reduce((sum, document) => sum + document.warnings, 0);
        return `<tr><th scope="row"><a href="#template-${index}">${text(template.template)}</a></th><td class="n">${template.documents.length}</td><td class="n">${template.clean} (${percent(template.clean, template.documents.length)})</td><td class="n">${errors}</td><td class="n">${warnings}</td></tr>`;
      }),
      '</tbody></table>',
    );
  }
  if (report.skipped.length > 0) {
    parts.push(
      '<details><summary>Why files were skipped</summary><ul>',
      ...report.skipped.map(({ reason, count }) => `<li>${count} × ${text(reason)}</li>`),
      '</ul></details>',
    );
  }
  if (report.notChecked.length > 0) {
    parts.push(
      '<details open><summary>Not checked</summary><ul>',
      ...report.notChecked.map(({ path, message }) => `<li><code>${text(path)}</code>: ${text(message)}</li>`),
      '</ul></details>',
    );
  }
  parts.push(
    '<h2 class="sr-only">Legend</h2><ul class="legend" aria-label="Cell states">',
    ...CELL_STATES.map((state) => `<li><span class="swatch s-${state}" aria-hidden="true">${STATE_SYMBOLS[state]}</span>${STATE_LABELS[state]}</li>`),
    '</ul>',
    '</header>',
  );
  return parts.join('\n');
}

function templateSection(template: TemplateConformance, index: number, hrefOf: (document: DocumentConformance) => string): string {
  const id = `template-${index}`;
  const documents = template.documents.length;
  return [
    `<section class="template" id="${id}" data-template="${index}" aria-labelledby="${id}-title">`,
    `<h2 id="${id}-title">${text(template.template)} <span class="muted">${documents} ${documents === 1 ? 'document' : 'documents'}, ${template.clean} clean</span></h2>`,
    filters(template, id),
    `<noscript><p>The heat map needs JavaScript; the tables below it do not.</p></noscript>`,
    `<div class="grid-scroll">`,
    `<table class="heatmap" role="grid" aria-labelledby="${id}-title" aria-describedby="${id}-help" aria-rowcount="${documents + 3}" style="width:calc(var(--doc-width) + ${fixedWidth(template)}px)">`,
    colgroup(template),
    heatMapHead(template),
    '<tbody></tbody>',
    '</table>',
    '</div>',
    `<p id="${id}-help" class="muted">Each cell links to the file at the section's line; hover or focus shows its findings. Arrow keys move through the grid, Home/End to a row's ends, Ctrl+Home/End to the first or last document; a column's header sorts by it (worst first). Choose a findings count to list that document's findings below.</p>`,
    `<div class="tooltip" role="tooltip" id="${id}-tip" hidden></div>`,
    `<section class="details" aria-live="polite" aria-label="Findings of the chosen document"><p>Choose a document's findings count to list its findings here.</p></section>`,
    '<div class="columns">',
    sectionTable(template, id),
    `<div>${ruleTable(template, id)}${worstDocuments(template, id, hrefOf)}</div>`,
    '</div>',
    '</section>',
  ].join('\n');
}

function filters(template: TemplateConformance, id: string): string {
  const rules = template.rules.map((rule, index) => option(String(index), `${rule.ruleId} (${rule.errors + rule.warnings})`));
  const folders = foldersOf(template.documents).map(([folder, count]) => option(folder, `${folder}/ (${count})`));
  const statuses = statusesOf(template);
  const parts = [
    `<form class="filters" role="search" aria-label="Filter the documents of ${attribute(template.template)}">`,
    `<label>Rule<select name="rule"><option value="">any</option>${rules.join('')}</select></label>`,
    `<label>Folder<select name="folder"><option value="">any</option>${folders.join('')}</select></label>`,
  ];
  if (template.statusField !== null) {
    const counts = new Map<string, number>();
    for (const document of template.documents) if (document.status !== null) counts.set(document.status, (counts.get(document.status) ?? 0) + 1);
    const choices = statuses.map((status, index) => option(String(index), `${status} (${counts.get(status) ?? 0})`));
    parts.push(`<label>${text(template.statusField)}<select name="status"><option value="">any</option>${choices.join('')}</select></label>`);
  }
  parts.push(
    `<label>Path contains<input type="search" name="path" autocomplete="off"></label>`,
    `<label class="check"><input type="checkbox" name="with-findings">With findings only</label>`,
    `<output class="shown" for="${id}-title" aria-live="polite"></output>`,
    '</form>',
  );
  return parts.join('\n');
}

function option(value: string, label: string): string {
  return `<option value="${attribute(value)}">${text(label)}</option>`;
}

/** Every folder holding documents, its parents included, with how many documents are under it. */
function foldersOf(documents: readonly DocumentConformance[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const { path } of documents) {
    for (let cut = path.indexOf('/'); cut !== -1; cut = path.indexOf('/', cut + 1)) {
      const folder = path.slice(0, cut);
      counts.set(folder, (counts.get(folder) ?? 0) + 1);
    }
  }
  return [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function statusesOf(template: TemplateConformance): string[] {
  return [...new Set(template.documents.flatMap((document) => (document.status === null ? [] : [document.status])))].sort();
}

const COUNT_WIDTH = 76;
const STATUS_WIDTH = 96;
const CELL_WIDTH = 28;

/** The table's width but the document column's (its width is the style sheet's, narrower on a phone). */
function fixedWidth(template: TemplateConformance): number {
  return COUNT_WIDTH + (template.statusField !== null ? STATUS_WIDTH : 0) + CELL_WIDTH * template.columns.length;
}

function colgroup(template: TemplateConformance): string {
  const lead = ['<col class="doc-col">', `<col style="width:${COUNT_WIDTH}px">`, ...(template.statusField !== null ? [`<col style="width:${STATUS_WIDTH}px">`] : [])];
  return `<colgroup>${lead.join('')}${template.columns.map(() => `<col style="width:${CELL_WIDTH}px">`).join('')}</colgroup>`;
}

function heatMapHead(template: TemplateConformance): string {
  const lead = template.statusField !== null ? 3 : 2;
  const groups: { label: string; span: number }[] = [];
  for (const column of template.columns) {
    const last = groups.at(-1);
    if (last && last.label === column.group) last.span += 1;
    else groups.push({ label: column.group, span: 1 });
  }
  const groupRow = [
    `<th class="doc" colspan="1" scope="col"></th><td colspan="${lead - 1}"></td>`,
    ...groups.map(({ label, span }) =>
      span === 1 && label !== 'Fields' ? '<td></td>' : `<th scope="colgroup" colspan="${span}" title="${attribute(label)}">${text(label)}</th>`,
    ),
  ];
  const labelRow = [
    '<th scope="col" class="doc sortable"><button type="button" tabindex="-1" data-sort="path">Document</button></th>',
    '<th scope="col" class="sortable" aria-sort="descending"><button type="button" tabindex="-1" data-sort="findings" aria-label="Findings (errors and warnings)">Findings</button></th>',
    ...(template.statusField !== null
      ? [`<th scope="col" class="sortable"><button type="button" tabindex="-1" data-sort="status">${text(template.statusField)}</button></th>`]
      : []),
    ...template.columns.map((column, index) => columnHeader(column, index)),
  ];
  const documents = template.documents.length;
  const shareRow = [
    `<th scope="row" class="doc" colspan="${lead}">Documents that have it, %</th>`,
    ...template.summaries.map((summary) => `<td>${percent(summary.have, documents).replace(' %', '')}</td>`),
  ];
  return `<thead><tr class="groups" aria-rowindex="1">${groupRow.join('')}</tr><tr class="labels" aria-rowindex="2">${labelRow.join('')}</tr><tr class="shares" aria-rowindex="3">${shareRow.join('')}</tr></thead>`;
}

function columnHeader(column: Column, index: number): string {
  const kind = column.kind === 'field' ? 'field' : 'section';
  const name = `${column.id} (${kind}${column.required ? '' : ', optional'})`;
  const classes = `col${column.required ? '' : ' optional'}`;
  return `<th scope="col" class="${classes}" title="${attribute(name)}"><button type="button" tabindex="-1" data-sort="${index}" aria-label="${attribute(name)}"><span>${text(column.label)}</span></button></th>`;
}

/** Per section and field: the share of documents that have it, and how many are in each state. */
function sectionTable(template: TemplateConformance, id: string): string {
  const documents = template.documents.length;
  const heads = CELL_STATES.map((state) => `<th scope="col" class="n"><span aria-hidden="true">${STATE_SYMBOLS[state]}</span> ${STATE_LABELS[state]}</th>`);
  const rows = template.columns.map((column, index) => {
    const summary = template.summaries[index]!;
    const share = documents === 0 ? 0 : summary.have / documents;
    const bar = `<span class="bar-track" aria-hidden="true"><span class="bar" style="width:${Math.round(share * 80)}px"></span></span>`;
    const indent = column.depth > 0 ? ` style="padding-left:${10 + column.depth * 14}px"` : '';
    const optional = optionalMark(column) === '' ? '' : ' <span class="muted">(optional)</span>';
    const counts = CELL_STATES.map((state) => `<td class="n">${summary.counts[state] === 0 ? '' : summary.counts[state]}</td>`);
    return `<tr><th scope="row"${indent}>${text(column.label)}${optional}</th><td class="n">${bar}${percent(summary.have, documents)}</td>${counts.join('')}</tr>`;
  });
  return [
    `<div><h3 id="${id}-sections">Sections and fields</h3>`,
    `<table class="plain" aria-labelledby="${id}-sections"><thead><tr><th scope="col">Section or field</th><th scope="col" class="n">Documents that have it</th>${heads.join('')}</tr></thead>`,
    `<tbody>${rows.join('')}</tbody></table></div>`,
  ].join('\n');
}

function ruleTable(template: TemplateConformance, id: string): string {
  if (template.rules.length === 0) return `<h3>Findings by rule</h3><p>No findings.</p>`;
  const rows = template.rules.map(
    (rule) => `<tr><th scope="row">${text(rule.ruleId)}</th><td class="n">${rule.errors}</td><td class="n">${rule.warnings}</td></tr>`,
  );
  return [
    `<h3 id="${id}-rules">Findings by rule</h3>`,
    `<table class="plain" aria-labelledby="${id}-rules"><thead><tr><th scope="col">Rule</th><th scope="col" class="n">Errors</th><th scope="col" class="n">Warnings</th></tr></thead>`,
    `<tbody>${rows.join('')}</tbody></table>`,
  ].join('\n');
}

function worstDocuments(template: TemplateConformance, id: string, hrefOf: (document: DocumentConformance) => string): string {
  const worst = template.documents.filter((document) => document.errors + document.warnings > 0).slice(0, WORST_DOCUMENTS);
  if (worst.length === 0) return '';
  const rows = worst.map(
    (document) =>
      `<tr><th scope="row"><a href="${attribute(hrefOf(document))}">${text(document.path)}</a></th><td class="n">${document.errors}</td><td class="n">${document.warnings}</td></tr>`,
  );
  return [
    `<h3 id="${id}-worst">Worst documents</h3>`,
    `<table class="plain" aria-labelledby="${id}-worst"><thead><tr><th scope="col">Document</th><th scope="col" class="n">Errors</th><th scope="col" class="n">Warnings</th></tr></thead>`,
    `<tbody>${rows.join('')}</tbody></table>`,
  ].join('\n');
}

/** The page script's data: per template, texts once in tables, each document one compact row. */
function pageData(report: ConformanceReport, hrefOf: (document: DocumentConformance) => string): PageData {
  return {
    states: [...CELL_STATES],
    stateLabels: CELL_STATES.map((state) => STATE_LABELS[state]),
    symbols: CELL_STATES.map((state) => STATE_SYMBOLS[state]),
    ranks: CELL_STATES.map((state) => SORT_RANKS[state]),
    rowHeight: ROW_HEIGHT,
    templates: report.templates.map((template) => pageTemplate(template, hrefOf)),
  };
}

function pageTemplate(template: TemplateConformance, hrefOf: (document: DocumentConformance) => string): PageTemplate {
  const rules = template.rules.map((rule) => rule.ruleId);
  const ruleIndex = new Map(rules.map((rule, index) => [rule, index]));
  const messages: string[] = [];
  const messageIndex = new Map<string, number>();
  const indexOf = (message: string): number => {
    let index = messageIndex.get(message);
    if (index === undefined) {
      index = messages.push(message) - 1;
      messageIndex.set(message, index);
    }
    return index;
  };
  const statuses = statusesOf(template);
  const statusIndex = new Map(statuses.map((status, index) => [status, index]));
  const docs = template.documents.map((document): PageDocument => {
    const findings: number[] = [];
    const add = (column: number, finding: DocumentConformance['other'][number]): void => {
      findings.push(column, finding.line, finding.column, ruleIndex.get(finding.ruleId)!, finding.severity, indexOf(escapeControlCharacters(finding.message)));
    };
    document.cells.forEach((cell, column) => cell.findings.forEach((finding) => add(column, finding)));
    document.other.forEach((finding) => add(-1, finding));
    return [
      escapeControlCharacters(document.path),
      hrefOf(document),
      document.errors,
      document.warnings,
      document.status === null ? -1 : statusIndex.get(document.status)!,
      document.cells.map((cell) => CELL_STATES.indexOf(cell.state)).join(''),
      document.cells.map((cell) => cell.line ?? 0),
      findings,
    ];
  });
  return {
    labels: template.columns.map((column) => escapeControlCharacters(column.label)),
    ids: template.columns.map((column) => escapeControlCharacters(column.id)),
    required: template.columns.map((column) => column.required),
    rules,
    messages,
    statuses: statuses.map(escapeControlCharacters),
    statusColumn: template.statusField !== null,
    docs,
  };
}

/** JSON inside a `<script>` element: nothing in it can close the element or open a comment. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</gu, '\\u003c').replace(/\u2028/gu, '\\u2028').replace(/\u2029/gu, '\\u2029');
}

function text(value: string): string {
  return escapeControlCharacters(value).replace(/[&<>]/gu, (char) => (char === '&' ? '&amp;' : char === '<' ? '&lt;' : '&gt;'));
}

function attribute(value: string): string {
  return text(value).replace(/"/gu, '&quot;');
}

