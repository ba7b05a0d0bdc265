/**
 * The conformance report as Markdown, for a pull-request comment or a GitHub job summary: one table
 * of templates, then per template (folded in `<details>`) the share of documents that have each
 * section and field with what is wrong where they do not, and the worst documents.
 */
import { escapeControlCharacters } from '../control-characters.js';
import { CELL_STATES, type CellState, type ConformanceReport, type DocumentConformance, type TemplateConformance } from './model.js';
import { optionalMark, percent, shownTime, STATE_LABELS, STATE_SYMBOLS } from './states.js';

/** The states a section or field table counts, beside the share that has it. */
const COUNTED: readonly CellState[] = ['missing', 'misplaced', 'empty', 'placeholder', 'findings'];

const WORST_DOCUMENTS = 5;
const PLACES_PER_DOCUMENT = 3;

export function renderMarkdown(report: ConformanceReport): string {
  const clean = report.templates.reduce((sum, template) => sum + template.clean, 0);
  const lines = [
    '### guidelint conformance report',
    '',
    `**${clean} of ${report.checked}** ${report.checked === 1 ? 'document follows its template' : 'documents follow their template'} with no finding. ${runLine(report)}`,
    '',
  ];
  if (report.templates.length > 0) {
    lines.push('| Template | Documents | Clean | Errors | Warnings | Most found |', '| --- | ---: | ---: | ---: | ---: | --- |');
    for (const template of report.templates) lines.push(templateRow(template));
    lines.push('');
  }
  for (const template of report.templates) lines.push(...templateDetails(template));
  if (report.notChecked.length > 0) {
    lines.push(`Not checked (${report.notChecked.length}):`, '');
    for (const { path, message } of report.notChecked) lines.push(`- ${code(path)}: ${text(message)}`);
    lines.push('');
  }
  lines.push(`<sub>guidelint ${text(report.toolVersion)} · ${shownTime(report.generatedAt)}</sub>`, '');
  return lines.join('\n');
}

function runLine(report: ConformanceReport): string {
  const parts = [
    `${report.templates.length} ${report.templates.length === 1 ? 'template' : 'templates'}`,
    report.config === null ? 'no config file' : `config ${code(report.config)}`,
  ];
  const skipped = report.skipped.reduce((sum, entry) => sum + entry.count, 0);
  if (skipped > 0) parts.push(`${skipped} ${skipped === 1 ? 'file' : 'files'} skipped`);
  if (report.notChecked.length > 0) parts.push(`${report.notChecked.length} not checked`);
  return `${parts.join(' · ')}.`;
}

function templateRow(template: TemplateConformance): string {
  const documents = template.documents.length;
  const errors = template.documents.reduce((sum, document) => sum + document.errors, 0);
  const warnings = template.documents.reduce((sum, document) => sum + document.warnings, 0);
  const rules = template.rules
    .slice(0, 3)
    .map((rule) => `${code(rule.ruleId)} ${rule.errors + rule.warnings}`)
    .join(', ');
  return `| ${code(template.template)} | ${documents} | ${template.clean} (${percent(template.clean, documents)}) | ${errors} | ${warnings} | ${rules} |`;
}

function templateDetails(template: TemplateConformance): string[] {
  const documents = template.documents.length;
  const head = COUNTED.map((state) => `${STATE_SYMBOLS[state]} ${STATE_LABELS[state]}`);
  const lines = [
    `<details><summary><code>${html(template.template)}</code>: ${documents} ${documents === 1 ? 'document' : 'documents'}, by section and field</summary>`,
    '',
    `| Section or field | Have it | ${head.join(' | ')} |`,
    `| --- | ---: |${COUNTED.map(() => ' ---: |').join('')}`,
  ];
  template.columns.forEach((column, index) => {
    const summary = template.summaries[index]!;
    const indent = '\u2003'.repeat(column.depth);
    const name = `${indent}${text(column.label)}${optionalMark(column)}`;
    const counts = COUNTED.map((state) => (summary.counts[state] === 0 ? '' : String(summary.counts[state])));
    lines.push(`| ${name} | ${percent(summary.have, documents)} | ${counts.join(' | ')} |`);
  });
  lines.push('');
  const worst = template.documents.filter((document) => document.errors + document.warnings > 0).slice(0, WORST_DOCUMENTS);
  if (worst.length > 0) {
    lines.push('Worst documents:', '', '| Document | Errors | Warnings | Where |', '| --- | ---: | ---: | --- |');
    for (const document of worst) lines.push(`| ${code(document.path)} | ${document.errors} | ${document.warnings} | ${places(template, document)} |`);
    lines.push('');
  }
  lines.push('</details>', '');
  return lines;
}

/** The document's worst cells, worst state first: `Context: placeholder left`. */
function places(template: TemplateConformance, document: DocumentConformance): string {
  const rank = (state: CellState): number => CELL_STATES.indexOf(state);
  const wrong = document.cells
    .map((cell, index) => ({ cell, column: template.columns[index]! }))
    .filter(({ cell }) => cell.findings.length > 0 || (cell.state !== 'present' && cell.state !== 'not-applicable'))
    .sort((a, b) => rank(b.cell.state) - rank(a.cell.state));
  const shown = wrong.slice(0, PLACES_PER_DOCUMENT).map(({ cell, column }) => `${text(column.label)}: ${STATE_LABELS[cell.state]}`);
  if (wrong.length > PLACES_PER_DOCUMENT) shown.push(`${wrong.length - PLACES_PER_DOCUMENT} more`);
  if (document.other.length > 0) shown.push(`${document.other.length} about the whole document`);
  return shown.join('; ');
}

/** Text in a table cell: control characters visible, and nothing Markdown or HTML would read. */
function text(value: string): string {
  return escapeControlCharacters(value).replace(/[\\`*_[\]<>|&#]/gu, (char) => (char === '<' ? '&lt;' : char === '>' ? '&gt;' : char === '&' ? '&amp;' : `\\${char}`));
}

/** A code span, in a table cell (its `|` escaped); plain text when the value holds a backtick. */
function code(value: string): string {
  const shown = escapeControlCharacters(value);
  return shown.includes('`') ? text(shown) : `\`${shown.replace(/\|/gu, '\\|')}\``;
}

function html(value: string): string {
  return escapeControlCharacters(value).replace(/[&<>"]/gu, (char) => `&#${char.charCodeAt(0)};`);
}
