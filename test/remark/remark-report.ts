/** remark-cli's report (vfile-reporter's text) read back as findings, for comparing with `guidelint check`'s. */
import { RULE_IDS } from '../../src/lint/types.js';

/** `path → ["<line>:<column> <severity> <rule-id> <message>", …]`, sorted; a message with no place is at `-`. */
export type Report = Record<string, string[]>;

/** guidelint's rule ids, and `options`, the id of a malformed option's message. */
const IDS = [...RULE_IDS, 'options'].join('|');
const MESSAGE = new RegExp(`^(?:(\\d+):(\\d+)(?:-\\d+:\\d+)?\\s+)?(error|warning)\\s+(.*?)(?:\\s+(${IDS}))?\\s+guidelint$`, 'u');

/**
 * vfile-reporter's text: per file, its path, then a line per message (`1:1-1:5  error  Reason  rule-id
 * guidelint`; a reason's further lines follow it), then a blank line.
 */
export function parseRemarkReport(text: string): Report {
  const report: Report = {};
  for (const block of text.split(/\n\s*\n/u)) {
    // A clean file is one line (`path: no issues found`), which may stand right above the next file's block.
    const [path, ...lines] = block.split('\n').filter((line) => line.trim() !== '' && !line.endsWith(': no issues found'));
    if (path === undefined || lines.length === 0) continue;
    const messages: string[] = [];
    for (const line of lines) {
      const match = MESSAGE.exec(line.trim());
      const place = match?.[1] === undefined ? '-' : `${match[1]}:${match[2]}`;
      if (match) messages.push(`${place} ${match[3]} ${match[5] ?? 'null'} ${match[4]}`);
      else messages.push(`${messages.pop()}\n${line}`);
    }
    report[path.trim()] = messages.sort();
  }
  return report;
}
