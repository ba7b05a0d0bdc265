/**
 * Issue 17 through the built CLI's `--fix`: it never multiplies what it inserts, and a second run
 * changes nothing (17.1); it refuses a read-only file, keeps hard links, and writes CR line breaks
 * into a CR-only file (17.8).
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { chmodSync, linkSync, readFileSync, statSync } from 'node:fs';
import { builtCliOnTree } from './built-cli.js';

const TEMPLATE = '# [Project] Notes\n\n## Summary\n\n[Describe the project]\n\n## Details\n\n[Explain how it works]\n';
const SUMMARY = '# Alpha Notes\n\n## Summary\n\n';
const DETAILS = '## Details\n\n[Explain how it works]\n';
const nestedList = Array.from({ length: 11 }, (_, level) => `${'  '.repeat(level)}- item ${level}`).join('\n');

/** Each document lacks "## Details" after a block the inserted text could fall into; then what --fix makes of it. */
const CASES: Record<string, [string, string]> = {
  'fence.md': [`${SUMMARY}\`\`\`\nunclosed code\n`, `${SUMMARY}\`\`\`\nunclosed code\n\`\`\`\n\n${DETAILS}`],
  'comment.md': [`${SUMMARY}<!-- open comment`, `${SUMMARY}<!-- open comment\n-->\n\n${DETAILS}`],
  'nested-list.md': [`${SUMMARY}${nestedList}\n`, `${SUMMARY}${nestedList}\n\n${DETAILS}`],
  'table.md': [`${SUMMARY}| a | b |\n| - | - |\n| 1 | 2 |`, `${SUMMARY}| a | b |\n| - | - |\n| 1 | 2 |\n\n${DETAILS.trimEnd()}`],
};

const SHORT = `${SUMMARY}Text.\n`;
const cli = builtCliOnTree({
  'tpl.md': TEMPLATE,
  ...Object.fromEntries(Object.entries(CASES).map(([file, [source]]) => [file, source])),
  'read-only.md': SHORT,
  'linked.md': SHORT,
  'cr.md': SHORT.replace(/\n/g, '\r'),
});
const { at } = cli;
const read = (file: string): string => readFileSync(at(file), 'utf8');
const files = Object.keys(CASES);
const fix = (...paths: string[]): string[] => ['-t', 'tpl.md', '--fix', ...paths];
/** The first `--fix` of each case, in one process. */
const runOf = cli.runsInOneProcess({ cases: fix(...files), readOnly: fix('read-only.md'), linked: fix('linked.md'), cr: fix('cr.md') });

beforeAll(() => {
  chmodSync(at('read-only.md'), 0o444);
  linkSync(at('linked.md'), at('other-name.md'));
});

describe('--fix', () => {
  it('inserts a missing section once, after the block the document leaves open; a second --fix changes nothing', async () => {
    await runOf('cases');
    const once = files.map(read);
    expect(once).toEqual(Object.values(CASES).map(([, fixed]) => fixed));
    await cli.run(fix(...files));
    expect(files.map(read)).toEqual(once);
  });
});

describe('--fix on unusual files', () => {
  it('refuses a read-only file, saying so, and leaves it as it was', async () => {
    const run = await runOf('readOnly');
    expect([run.code, run.stderr]).toEqual([
      1,
      'guidelint: "read-only.md" not fixed: the file is read-only\nguidelint: fixed 0 problems in 0 files; 1 error and 0 warnings remain\n',
    ]);
    expect(run.stdout).toContain('Missing required section "## Details"');
    expect([read('read-only.md'), statSync(at('read-only.md')).mode & 0o777]).toEqual([SHORT, 0o444]);
  });

  it('writes a file with other hard links in place, so that every name sees the fix', async () => {
    await runOf('linked');
    expect(read('linked.md')).toBe(`${SHORT}\n${DETAILS}`);
    expect(read('other-name.md')).toBe(read('linked.md'));
    expect(statSync(at('linked.md')).nlink).toBe(2);
  });

  it('inserts CR line breaks into a CR-only file', async () => {
    await runOf('cr');
    expect(read('cr.md')).toBe(`${SHORT}\n${DETAILS}`.replace(/\n/g, '\r'));
  });
});
