/**
 * `table-columns`: a section holds the table its template section has, with the template's header
 * columns in order (extra columns allowed), and dates (`YYYY-MM-DD`) in the columns whose template
 * cells were dates. A body saying only `N/A`, or only a template placeholder left in (the
 * `placeholder` rule reports it), satisfies it.
 *
 * @template
 * ```markdown
 * # [Feature Name]
 *
 * ## Change Log
 *
 * | Date | Version | Description |
 * |------|---------|-------------|
 * | [YYYY-MM-DD] | [1.0] | [Initial version] |
 * ```
 * @valid
 * ```markdown
 * # Search
 *
 * ## Change Log
 *
 * | Date | Version | Author | Description |
 * |------|---------|--------|-------------|
 * | 2024-05-01 | 1.0 | Ada | First release |
 * ```
 * @invalid
 * ```markdown
 * # Search
 *
 * ## Change Log
 *
 * | Version | Date | Description |
 * |---------|------|-------------|
 * | 1.0 | 2024-05-01 | First release |
 * ```
 * @findings
 * ```text
 * 5:1 Table in "## Change Log" (example) needs the columns "Date", "Version", "Description" in this order, found "Version", "Date", "Description"
 * ```
 */

import { checksBody } from '../src/lint/body.js';
import { isCalendarDate } from '../src/lint/dates.js';
import { quotedList, templateTag } from '../src/lint/describe.js';
import { matchHeading } from '../src/lint/missing-section.js';
import { findPlaceholders } from '../src/lint/placeholder-scan.js';
import { placeOfPoint, placeOfSpan } from '../src/lint/positions.js';
import type { Rule, RuleContext } from '../src/lint/rule.js';
import { bodyEndPlace } from '../src/lint/section-place.js';
import type { SectionMatch } from '../src/match/types.js';
import type { Table, TableCell } from '../src/outline/types.js';
import type { TableRule } from '../src/template/schema.js';
import { normalizeForMatch } from '../src/template/text.js';

export const tableColumns: Rule = {
  meta: {
    id: 'table-columns',
    defaultSeverity: 'error',
    description: 'A section holds the table its template section has, with its header columns',
    fixable: false,
    hasSuggestions: false,
  },
  check(context) {
    for (const entry of context.match.sections) {
      const rules = entry.rule.body.tables;
      if (rules.length > 0 && checksBody(entry, context.schema)) checkTables(context, entry, rules);
    }
  },
};

function checkTables(context: RuleContext, entry: SectionMatch, rules: readonly TableRule[]): void {
  const where = `in "${matchHeading(entry)}" ${templateTag(context.schema)}`;
  const unused = [...entry.section.body.tables];
  for (const rule of rules) {
    const position = unused.findIndex((table) => columnPositions(table, rule.columns) !== null);
    if (position >= 0) {
      const [table] = unused.splice(position, 1);
      checkDates(context, table!, rule, where);
      continue;
    }
    const columns = quotedList(rule.columns);
    const other = unused.shift();
    if (other) {
      const found = quotedList(other.header.map((cell) => cell.text));
      context.report({
        message: `Table ${where} needs the columns ${columns} in this order, found ${found}`,
        ...placeOfSpan({ start: other.span.start, end: other.header.at(-1)?.span.end ?? other.span.end }),
      });
    } else {
      const { point } = bodyEndPlace(context.outline, entry.section);
      context.report({ message: `Missing table with the columns ${columns} ${where}`, ...placeOfPoint(point) });
    }
  }
}

/** The header position of each required column, in order (extra columns allowed), or null. */
function columnPositions(table: Table, columns: readonly string[]): number[] | null {
  const header = table.header.map((cell) => normalizeForMatch(cell.text));
  const positions: number[] = [];
  let from = 0;
  for (const column of columns) {
    const position = header.indexOf(normalizeForMatch(column), from);
    if (position < 0) return null;
    positions.push(position);
    from = position + 1;
  }
  return positions;
}

function checkDates(context: RuleContext, table: Table, rule: TableRule, where: string): void {
  const placeholders = findPlaceholders(context.outline, context.schema);
  const holdsPlaceholder = (cell: TableCell): boolean =>
    placeholders.some((hit) => hit.line === cell.span.start.line && hit.column >= cell.span.start.column && hit.endColumn <= cell.span.end.column);
  const header = table.header.map((cell) => normalizeForMatch(cell.text));
  for (const column of rule.dateColumns) {
    const position = header.indexOf(normalizeForMatch(column));
    if (position < 0) continue;
    for (const row of table.rows) {
      const cell = row[position];
      if (!cell || isCalendarDate(cell.text) || holdsPlaceholder(cell)) continue;
      context.report({
        message: `Cell "${cell.text}" in column "${table.header[position]!.text}" of the table ${where} is not a date (YYYY-MM-DD)`,
        ...placeOfSpan(cell.span),
      });
    }
  }
}
