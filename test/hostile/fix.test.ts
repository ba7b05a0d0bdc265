/**
 * Issue 17 through the built CLI's `--fix`: it never multiplies what it inserts, and a second run
 * changes nothing (17.1).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTree, removeTree } from '../files/tree.js';
import { builtCli, type BuiltCli } from './built-cli.js';

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

let cli: BuiltCli;
let root: string;
const read = (file: string): string => readFileSync(join(root, file), 'utf8');

beforeAll(async () => {
  cli = builtCli();
  root = await makeTree({ 'tpl.md': TEMPLATE, ...Object.fromEntries(Object.entries(CASES).map(([file, [source]]) => [file, source])) });
}, 60_000);

afterAll(async () => {
  cli.remove();
  await removeTree(root);
});

describe('--fix', () => {
  it('inserts a missing section once, after the block the document leaves open; a second --fix changes nothing', async () => {
    const files = Object.keys(CASES);
    await cli.run(['-t', 'tpl.md', '--fix', ...files], root);
    const once = files.map(read);
    expect(once).toEqual(Object.values(CASES).map(([, fixed]) => fixed));
    await cli.run(['-t', 'tpl.md', '--fix', ...files], root);
    expect(files.map(read)).toEqual(once);
  });
});
