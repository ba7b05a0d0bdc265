/** guidelint's findings as vfile messages, placed as remark places a node (line, column and offset). */
import type { VFile } from 'vfile';
import { lineStartOffset } from '../lint/positions.js';
import type { Finding } from '../lint/types.js';
import type { Outline } from '../outline/types.js';

/**
 * A message at the finding's place. A suggestion or fix that replaces exactly that place becomes
 * `expected` (with `actual`), which the language server offers as quick fixes.
 */
export function addMessage(file: VFile, outline: Outline | null, finding: Finding, fatal: boolean): ReturnType<VFile['message']> {
  const start = { line: finding.line, column: finding.column, ...offset(outline, finding.line, finding.column) };
  const end = { line: finding.endLine, column: finding.endColumn, ...offset(outline, finding.endLine, finding.endColumn) };
  const message = file.message(finding.message, { place: { start, end }, source: 'guidelint' });
  message.fatal = fatal;
  const replacements = [...(finding.suggestions ?? []).map((suggestion) => suggestion.fix), ...(finding.fix ? [finding.fix] : [])];
  const fitting = replacements.filter((fix) => fix.range[0] === start.offset && fix.range[1] === end.offset);
  if (fitting.length > 0) {
    message.actual = String(file).slice(start.offset, end.offset);
    message.expected = fitting.map((fix) => fix.text);
  }
  return message;
}

function offset(outline: Outline | null, line: number, column: number): { offset?: number } {
  return outline === null ? {} : { offset: lineStartOffset(outline, line) + column - 1 };
}
