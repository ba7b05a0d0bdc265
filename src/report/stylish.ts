/**
 * ESLint's `stylish` layout: each file with problems, its messages in aligned columns
 * (`line:col  severity  message  rule-id`), then a summary line and the fixable line.
 */
import { oneLine } from '../engine/errors.js';
import { totalCounts } from '../engine/results.js';
import type { Finding } from '../lint/types.js';
import { styles, type Styles } from './ansi.js';
import { escapeControlCharacters } from './control-characters.js';
import type { Formatter } from './types.js';
import { relativePosix } from './paths.js';

export const formatStylish: Formatter = (results, context) => {
  const style = styles(context.color);
  let output = '';
  for (const result of results) {
    if (result.messages.length === 0) continue;
    output += `\n${style.underline(escapeControlCharacters(relativePosix(result.filePath, context.cwd)))}\n`;
    output += `${messageTable(result.messages, style)}\n`;
  }
  const total = totalCounts(results);
  const problems = total.errorCount + total.warningCount;
  if (problems === 0) return '';
  const summary = (text: string): string => (total.errorCount > 0 ? style.red : style.yellow)(style.bold(text));
  const counts = `${plural(total.errorCount, 'error')}, ${plural(total.warningCount, 'warning')}`;
  output += `\n${summary(`✖ ${plural(problems, 'problem')} (${counts})`)}\n`;
  if (total.fixableErrorCount + total.fixableWarningCount > 0) {
    const fixable = `${plural(total.fixableErrorCount, 'error')} and ${plural(total.fixableWarningCount, 'warning')}`;
    output += `${summary(`  ${fixable} potentially fixable with the \`--fix\` option.`)}\n`;
  }
  return output;
};

/** Rows padded on the plain text, then styled, so colour codes never upset the alignment. */
function messageTable(messages: readonly Finding[], style: Styles): string {
  const rows = messages.map((message) => ({
    line: String(message.line),
    column: String(message.column),
    severity: message.severity === 2 ? 'error' : 'warning',
    text: escapeControlCharacters(oneLine(message.message)),
    ruleId: message.ruleId ?? '',
  }));
  const width = (pick: (row: (typeof rows)[number]) => string): number =>
    Math.max(...rows.map((row) => pick(row).length));
  const lineWidth = width((row) => row.line);
  const columnWidth = width((row) => row.column);
  const severityWidth = width((row) => row.severity);
  const textWidth = width((row) => row.text);
  return rows
    .map((row) => {
      const position = style.dim(`${row.line.padStart(lineWidth)}:${row.column.padEnd(columnWidth)}`);
      const severity = (row.severity === 'error' ? style.red : style.yellow)(row.severity.padEnd(severityWidth));
      const ruleId = row.ruleId === '' ? '' : `  ${style.dim(row.ruleId)}`;
      const text = row.ruleId === '' ? row.text : row.text.padEnd(textWidth);
      return `  ${position}  ${severity}  ${text}${ruleId}`;
    })
    .join('\n');
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
