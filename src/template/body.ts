/**
 * Body rules (DESIGN §2, Body): what a template section's own content (before its first child
 * heading) requires of the document's section body — task items, tables, labels, a code block.
 */
import type { Body, CodeBlock, Table } from '../outline/types.js';
import type { BodyRule, CodeRule, TableRule, TaskRule } from './schema.js';
import { compileLabels } from './labels.js';
import { compileTasks } from './tasks.js';
import { isDateValue } from './fields.js';
import {
  findPlaceholders,
  isConditionalPlaceholder,
  isExamplePlaceholder,
  isOnlyPlaceholders,
  type ScanOptions,
} from './placeholders.js';
import { normalizeForMatch } from './text.js';

export function emptyBody(): BodyRule {
  return { tasks: null, tables: [], labels: [], code: null };
}

export function compileBody(body: Body, lines: readonly string[], scan: ScanOptions): BodyRule {
  return {
    tasks: compileTasks(body.taskItems, scan),
    tables: body.tables.flatMap((table) => compileTable(table, scan) ?? []),
    labels: compileLabels(body.labels, lines, scan),
    code: compileCode(body.codeBlocks),
  };
}

/** Header columns (placeholder headers left out) and the columns whose cells are all date placeholders. */
export function compileTable(table: Table, scan: ScanOptions): TableRule | null {
  const columns: string[] = [];
  const dateColumns: string[] = [];
  table.header.forEach((cell, index) => {
    if (cell.text === '' || isOnlyPlaceholders(cell.text, scan)) return;
    columns.push(cell.text);
    const cells = table.rows.map((row) => row[index]?.text ?? '').filter((text) => text !== '');
    if (cells.length > 0 && cells.every((text) => isDateValue(text))) dateColumns.push(cell.text);
  });
  return columns.length === 0 ? null : { columns, dateColumns, line: table.span.start.line };
}

/**
 * The code rule: at least one code block, with a language tag when every template block that sets
 * the rule has one. Only fenced blocks set it; a checklist written as `☐` lines, and a block that
 * holds only an `[Optional …]` or example placeholder, set nothing.
 */
export function compileCode(blocks: readonly CodeBlock[]): CodeRule | null {
  const setting = blocks.filter((block) => block.fenced && !isChecklistBlock(block) && !isOptionalContent(block));
  if (setting.length === 0) return null;
  return { lang: setting.every((block) => block.lang !== null), line: setting[0].span.start.line };
}

const TASK_LINE = /^\s*[☐☑✅]/u;

function isChecklistBlock(block: CodeBlock): boolean {
  if (block.lang !== null) return false;
  const lines = block.value.split('\n').filter((line) => line.trim() !== '');
  return lines.length > 0 && lines.every((line) => TASK_LINE.test(line));
}

function isOptionalContent(block: CodeBlock): boolean {
  const content = block.value.trim();
  const placeholders = findPlaceholders(content, { code: true });
  return (
    placeholders.length === 1 &&
    placeholders[0].start === 0 &&
    placeholders[0].end === content.length &&
    (isConditionalPlaceholder(placeholders[0]) || isExamplePlaceholder(placeholders[0]))
  );
}

/**
 * What all the given bodies require (a series' members, a slot's headings): the task items, tables,
 * labels and code rule they share.
 */
export function intersectBodies(bodies: readonly BodyRule[]): BodyRule {
  if (bodies.length === 0) return emptyBody();
  const [first, ...others] = bodies;
  if (others.length === 0) return first;
  return {
    tasks: intersectTasks(bodies.map((body) => body.tasks)),
    tables: first.tables.flatMap((table) => {
      const matches = others.map((body) => body.tables.find((other) => sameColumns(table, other)));
      if (matches.some((match) => match === undefined)) return [];
      const dateColumns = table.dateColumns.filter((column) =>
        matches.every((match) => match?.dateColumns.includes(column)),
      );
      return [{ ...table, dateColumns }];
    }),
    labels: first.labels.flatMap((label) => {
      const matches = others.map((body) => body.labels.find((other) => other.pattern === label.pattern));
      if (matches.some((match) => match === undefined)) return [];
      return [{ ...label, required: label.required && matches.every((match) => match?.required) }];
    }),
    code: bodies.every((body) => body.code !== null)
      ? { lang: bodies.every((body) => body.code?.lang === true), line: first.code?.line ?? 0 }
      : null,
  };
}

function intersectTasks(rules: ReadonlyArray<TaskRule | null>): TaskRule | null {
  const present = rules.filter((rule): rule is TaskRule => rule !== null);
  if (present.length < rules.length || present.length === 0) return null;
  const [first, ...others] = present;
  const items = first.items.flatMap((item) => {
    const matches = others.map((rule) => rule.items.find((other) => other.pattern === item.pattern));
    if (matches.some((match) => match === undefined)) return [];
    return [{ ...item, required: item.required && matches.every((match) => match?.required) }];
  });
  return { items, atLeastOne: present.every((rule) => rule.atLeastOne) || items.length === 0, line: first.line };
}

function sameColumns(a: TableRule, b: TableRule): boolean {
  const key = (table: TableRule): string => table.columns.map(normalizeForMatch).join('|');
  return key(a) === key(b);
}
