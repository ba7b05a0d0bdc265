/**
 * The conformance report's model: from a run's lint results and the compiled schemas of their
 * templates, per template a matrix of documents × template fields and sections, each cell in one
 * state, with the findings it stands for. Pure: the HTML, Markdown and JSON renderers all draw
 * this one model, and nothing here lints again (results carry which section or field each finding
 * is about, and their coverage says which sections and fields a document has).
 */
import type { LintResult } from '../../engine/results.js';
import type { Coverage } from '../../lint/coverage.js';
import type { Finding } from '../../lint/types.js';
import type { GuideSchema, SectionRule } from '../../template/schema.js';

/** Best first; a cell shows the worst state its findings and coverage give. */
export const CELL_STATES = ['present', 'findings', 'misplaced', 'placeholder', 'empty', 'missing', 'not-applicable'] as const;

export type CellState = (typeof CELL_STATES)[number];

export interface ConformanceInput {
  results: readonly LintResult[];
  /** The compiled schema of each template the results name, by name. */
  templates: ReadonlyMap<string, GuideSchema>;
  /** The files the run left out, and why. */
  skipped: readonly { filePath: string; reason: string }[];
  /** How the report shows a file (relative to the working folder, `/`-separated). */
  pathOf: (filePath: string) => string;
  /** The config file as shown, or null when there is none. */
  config: string | null;
  /** When the run happened, ISO 8601. */
  generatedAt: string;
  toolVersion: string;
}

export interface ConformanceReport {
  generatedAt: string;
  toolVersion: string;
  config: string | null;
  /** Documents checked against a template (those in `templates`). */
  checked: number;
  /** Documents that could not be read far enough to check, with the one message that says why. */
  notChecked: { path: string; message: string }[];
  /** Files left out, by reason, most first. */
  skipped: { reason: string; count: number }[];
  /** Per template, by name. */
  templates: TemplateConformance[];
}

export interface Column {
  kind: 'field' | 'section';
  /** The field's key or the section's id (`Design Details > Test Plan`). */
  id: string;
  /** What the column is headed: the key, or the section's own heading text. */
  label: string;
  /** 0 for fields and top-level sections, 1 for their subsections, … */
  depth: number;
  /** The index of its parent section's column; -1 for fields and top-level sections. */
  parent: number;
  /** The template requires it (a section required under a present parent). */
  required: boolean;
  /** Its top-level section's id, or `Fields`: the group its header spans. */
  group: string;
}

export interface ColumnSummary {
  /** Documents in each state. */
  counts: Record<CellState, number>;
  /** Documents that have it, in its place or not: every state but missing and not applicable. */
  have: number;
}

export interface TemplateConformance {
  template: string;
  columns: Column[];
  /** One per column. */
  summaries: ColumnSummary[];
  /** Worst first: most errors, then most warnings, then by path. */
  documents: DocumentConformance[];
  /** Findings by rule, most first. */
  rules: RuleCount[];
  /** The field the report filters by status (a field named Status, else the first enum field), or null. */
  statusField: string | null;
  /** Documents with no finding. */
  clean: number;
}

export interface RuleCount {
  /** `fatal` for a document that could not be read. */
  ruleId: string;
  errors: number;
  warnings: number;
}

export interface DocumentConformance {
  /** Absolute. */
  filePath: string;
  /** As shown: relative to the working folder, `/`-separated. */
  path: string;
  errors: number;
  warnings: number;
  /** The value of the template's status field, or null. */
  status: string | null;
  /** One per column. */
  cells: Cell[];
  /** Findings about the document as a whole (its title, sections the template does not name). */
  other: FindingRef[];
}

export interface Cell {
  state: CellState;
  /** Where to look: the section's heading or the field, else its first finding; null: nowhere to point. */
  line: number | null;
  findings: FindingRef[];
}

export interface FindingRef {
  line: number;
  column: number;
  ruleId: string;
  severity: 1 | 2;
  message: string;
}

export function buildConformance(input: ConformanceInput): ConformanceReport {
  const byTemplate = new Map<string, LintResult[]>();
  const notChecked: ConformanceReport['notChecked'] = [];
  for (const result of input.results) {
    if (result.template === null || result.fatalErrorCount > 0) {
      notChecked.push({ path: input.pathOf(result.filePath), message: result.messages[0]?.message ?? 'not checked' });
      continue;
    }
    if (!input.templates.has(result.template)) {
      notChecked.push({ path: input.pathOf(result.filePath), message: `no compiled schema of its template "${result.template}"` });
      continue;
    }
    const results = byTemplate.get(result.template) ?? [];
    results.push(result);
    byTemplate.set(result.template, results);
  }
  const templates = [...byTemplate.keys()]
    .sort(compareText)
    .map((name) => templateConformance(input.templates.get(name)!, byTemplate.get(name)!, input.pathOf));
  return {
    generatedAt: input.generatedAt,
    toolVersion: input.toolVersion,
    config: input.config,
    checked: templates.reduce((sum, template) => sum + template.documents.length, 0),
    notChecked,
    skipped: skippedByReason(input.skipped),
    templates,
  };
}

/** Every template field, then every section depth first, in template order. */
export function columnsOf(schema: GuideSchema): Column[] {
  const columns: Column[] = (schema.metadata?.fields ?? []).map((field) => ({
    kind: 'field',
    id: field.key,
    label: field.key,
    depth: 0,
    parent: -1,
    required: field.required,
    group: 'Fields',
  }));
  const visit = (rules: readonly SectionRule[], parent: number, group: string | null): void => {
    for (const rule of rules) {
      const depth = parent === -1 ? 0 : columns[parent]!.depth + 1;
      const index = columns.push({ kind: 'section', id: rule.id, label: rule.display, depth, parent, required: rule.required, group: group ?? rule.id }) - 1;
      visit(rule.children, index, group ?? rule.id);
    }
  };
  visit(schema.sections, -1, null);
  return columns;
}

function templateConformance(schema: GuideSchema, results: readonly LintResult[], pathOf: (filePath: string) => string): TemplateConformance {
  const columns = columnsOf(schema);
  const statusField = statusFieldOf(schema);
  const documents = results.map((result) => documentConformance(result, columns, statusField, pathOf(result.filePath)));
  documents.sort((a, b) => b.errors - a.errors || b.warnings - a.warnings || compareText(a.path, b.path));
  return {
    template: schema.template,
    columns,
    summaries: columns.map((_, index) => summaryOf(documents, index)),
    documents,
    rules: ruleCounts(results),
    statusField,
    clean: documents.filter((document) => document.errors + document.warnings === 0).length,
  };
}

function statusFieldOf(schema: GuideSchema): string | null {
  const fields = schema.metadata?.fields ?? [];
  return (fields.find((field) => /^status$/iu.test(field.key)) ?? fields.find((field) => field.type.kind === 'enum'))?.key ?? null;
}

function documentConformance(
  result: LintResult,
  columns: readonly Column[],
  statusField: string | null,
  path: string,
): DocumentConformance {
  const fieldFindings = new Map<string, FindingRef[]>();
  const sectionFindings = new Map<string, FindingRef[]>();
  const other: FindingRef[] = [];
  for (const finding of result.messages) {
    const ref = findingRef(finding);
    if (finding.field !== undefined) push(fieldFindings, finding.field, ref);
    else if (finding.section !== undefined) push(sectionFindings, finding.section, ref);
    else other.push(ref);
  }
  const coverage = result.coverage ?? null;
  const cells: Cell[] = [];
  for (const column of columns) {
    if (column.kind === 'field') cells.push(fieldCell(column, fieldFindings.get(column.id) ?? [], coverage));
    else cells.push(sectionCell(column, sectionFindings.get(column.id) ?? [], coverage, cells[column.parent] ?? null));
  }
  // A finding about a section or field the template no longer has (a stale cache) still counts.
  const known = new Set(columns.map((column) => `${column.kind}:${column.id}`));
  for (const [id, refs] of fieldFindings) if (!known.has(`field:${id}`)) other.push(...refs);
  for (const [id, refs] of sectionFindings) if (!known.has(`section:${id}`)) other.push(...refs);
  return {
    filePath: result.filePath,
    path,
    errors: result.errorCount,
    warnings: result.warningCount,
    status: statusField === null ? null : (coverage?.fields[statusField]?.value ?? null),
    cells,
    other: other.sort((a, b) => a.line - b.line || a.column - b.column),
  };
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function findingRef(finding: Finding): FindingRef {
  return { line: finding.line, column: finding.column, ruleId: finding.ruleId ?? 'fatal', severity: finding.severity, message: finding.message };
}

const MISPLACING_RULES: ReadonlySet<string> = new Set(['section-order', 'heading-level', 'field-order']);

/** The state a present section or field's findings give it (worst first). */
function presentState(findings: readonly FindingRef[]): CellState {
  if (findings.some((finding) => finding.ruleId === 'empty-section')) return 'empty';
  if (findings.some((finding) => finding.ruleId === 'placeholder')) return 'placeholder';
  if (findings.some((finding) => MISPLACING_RULES.has(finding.ruleId))) return 'misplaced';
  return findings.length > 0 ? 'findings' : 'present';
}

function fieldCell(column: Column, findings: FindingRef[], coverage: Coverage | null): Cell {
  const found = coverage?.fields[column.id];
  if (found === undefined && coverage !== null) {
    return { state: findings.length > 0 ? 'missing' : 'not-applicable', line: findings[0]?.line ?? null, findings };
  }
  return { state: found?.value === '' ? 'empty' : presentState(findings), line: found?.line ?? findings[0]?.line ?? null, findings };
}

/**
 * A section the document lacks is missing when a finding says so, or when it is required and the
 * section that would hold it is missing, empty or a placeholder (whose finding stands for it, at
 * whose line); a section found under another parent is misplaced; one neither required nor reported
 * is not applicable.
 */
function sectionCell(column: Column, findings: FindingRef[], coverage: Coverage | null, parent: Cell | null): Cell {
  const line = coverage?.sections[column.id];
  if (line !== undefined || coverage === null) {
    return { state: presentState(findings), line: line ?? findings[0]?.line ?? null, findings };
  }
  const misplaced = coverage.misplaced[column.id];
  if (misplaced !== undefined) return { state: 'misplaced', line: misplaced, findings };
  if (findings.length > 0) return { state: 'missing', line: findings[0]!.line, findings };
  if (column.required && parent !== null && STANDS_FOR_CHILDREN.has(parent.state)) {
    return { state: 'missing', line: parent.line, findings };
  }
  return { state: 'not-applicable', line: null, findings };
}

/** A parent in these states has its findings stand for its required subsections. */
const STANDS_FOR_CHILDREN: ReadonlySet<CellState> = new Set(['missing', 'empty', 'placeholder']);

function summaryOf(documents: readonly DocumentConformance[], index: number): ColumnSummary {
  const counts = Object.fromEntries(CELL_STATES.map((state) => [state, 0])) as Record<CellState, number>;
  for (const document of documents) counts[document.cells[index]!.state] += 1;
  return { counts, have: documents.length - counts.missing - counts['not-applicable'] };
}

function ruleCounts(results: readonly LintResult[]): RuleCount[] {
  const counts = new Map<string, RuleCount>();
  for (const result of results) {
    for (const finding of result.messages) {
      const ruleId = finding.ruleId ?? 'fatal';
      const count = counts.get(ruleId) ?? { ruleId, errors: 0, warnings: 0 };
      if (finding.severity === 2) count.errors += 1;
      else count.warnings += 1;
      counts.set(ruleId, count);
    }
  }
  return [...counts.values()].sort((a, b) => b.errors + b.warnings - (a.errors + a.warnings) || compareText(a.ruleId, b.ruleId));
}

function skippedByReason(skipped: readonly { reason: string }[]): { reason: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const { reason } of skipped) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  return [...counts].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count || compareText(a.reason, b.reason));
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
