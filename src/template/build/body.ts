/**
 * Body rules (DESIGN §2, Body): what a template section's own content (before its first child
 * heading) requires of the document's section body — task items, tables, labels, a code block —
 * built from the section's body nodes and the facts `infer` decided for them.
 */
import type { Table } from '../../outline/types.js';
import type { CodeNode, HeadingNode, LabelNode, TaskItemNode, Typed } from '../ir.js';
import { itemLeadingWords, itemWords, seriesDisplay, seriesPattern, textPattern, wordsPattern } from '../patterns.js';
import { isOnlyPlaceholders, type ScanOptions } from '../placeholders.js';
import type { BodyRule, CodeRule, LabelRule, TableRule, TaskItemRule, TaskRule } from '../schema.js';
import { normalizeForMatch } from '../text.js';
import { isDateValue } from '../values.js';
import { reasons } from './reasons.js';

export function emptyBody(): BodyRule {
  return { tasks: null, tables: [], labels: [], code: null };
}

export function buildBody(heading: HeadingNode, typed: Typed): BodyRule {
  const nodes = heading.body.map((id) => typed.doc.nodes[id]);
  return {
    tasks: buildTasks(nodes.filter((node): node is TaskItemNode => node.kind === 'taskItem'), typed),
    tables: heading.section.body.tables.flatMap((table) => buildTable(table, typed.doc.bodyScan) ?? []),
    labels: buildLabels(nodes.filter((node): node is LabelNode => node.kind === 'label'), typed),
    code: buildCode(nodes.filter((node): node is CodeNode => node.kind === 'code'), typed),
  };
}

/**
 * Literal items are required (recognized by their first words: one past the longest start they
 * share with another item of the list, so items with a long shared start stay apart); items with
 * placeholders collapse to "at least one task item here". A checklist of alternatives to pick
 * from (one with an `Other` item) requires nothing.
 */
function buildTasks(items: readonly TaskItemNode[], typed: Typed): TaskRule | null {
  if (items.length === 0) return null;
  const choice = items.some((item) => typed.choiceItems.has(item.id));
  const literal = items.filter((item) => !item.hasPlaceholder && itemWords(item.item.text).length > 0);
  const wordLists = literal.map((item) => itemWords(item.item.text));
  const rules: TaskItemRule[] = [];
  literal.forEach((item, index) => {
    const others = wordLists.filter((_, other) => other !== index);
    const words = itemLeadingWords(item.item.text, distinguishingWords(wordLists[index], others));
    const pattern = wordsPattern(words);
    if (rules.some((rule) => rule.pattern === pattern)) return;
    rules.push({
      display: item.item.text,
      pattern,
      words,
      required: typed.required.get(item.id)?.value ?? true,
      whenMember: typed.whenMember.get(item.id) ?? null,
      line: item.item.span.start.line,
      ...reasons(typed.required.get(item.id)),
    });
  });
  // A list of alternatives to tick (`Other`) may as well be answered in prose: it asks for no item.
  return { items: rules, atLeastOne: !choice && literal.length < items.length, line: items[0].item.span.start.line };
}

/** The fewest first words that tell an item from the others of its list: one past the longest shared start. */
function distinguishingWords(words: readonly string[], others: ReadonlyArray<readonly string[]>): number {
  let shared = 0;
  for (const other of others) {
    let common = 0;
    while (common < words.length && common < other.length && words[common] === other[common]) common += 1;
    shared = Math.max(shared, common);
  }
  return shared + 1;
}

/** Header columns (placeholder headers left out) and the columns whose cells are all date placeholders. */
function buildTable(table: Table, scan: ScanOptions): TableRule | null {
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

/** Labels with placeholders are not required; numbered labels fold like headings (`Test Scenario {n}`). */
function buildLabels(labels: readonly LabelNode[], typed: Typed): LabelRule[] {
  const rules: LabelRule[] = [];
  for (const node of labels) {
    if (node.hasPlaceholder) continue;
    const [display, pattern] = node.numbered
      ? [seriesDisplay(node.numbered), seriesPattern(node.numbered)]
      : [node.label.text, textPattern(node.label.text, [], { optionalTrailingParen: true })];
    if (rules.some((rule) => rule.pattern === pattern)) continue;
    const required = typed.required.get(node.id);
    rules.push({ display, pattern, required: required?.value ?? true, line: node.label.span.start.line, ...reasons(required) });
  }
  return rules;
}

/** At least one code block, with a language tag when every block that sets the rule has one. */
function buildCode(blocks: readonly CodeNode[], typed: Typed): CodeRule | null {
  const setting = blocks.filter((node) => typed.required.get(node.id)?.value === true);
  if (setting.length === 0) return null;
  return { lang: setting.every((node) => node.block.lang !== null), line: setting[0].block.span.start.line };
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
