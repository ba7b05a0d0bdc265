/**
 * `guidelint check --fix` on a metadata table (`| Key | Value |` rows) whose fields are out of the
 * template's order: the rows move (the header row's field too), over as many passes as it takes,
 * and a second run changes nothing.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../cli/run-cli.js';
import { makeTree, removeTree } from '../files/tree.js';

const TEMPLATE = [
  '# [Proposal title]',
  '',
  '| Status  | (Draft / Accepted) |',
  '|---------|--------------------|',
  '| Owner   | [Name]             |',
  '| Created | YYYY-MM-DD         |',
  '| Updated | YYYY-MM-DD         |',
  '',
  '## Goal',
  '',
  '[What and why]',
  '',
].join('\n');

let folder: string;
beforeEach(async () => {
  folder = await makeTree({ 'template.md': TEMPLATE });
});
afterEach(() => removeTree(folder));

const check = (parser: string, ...args: string[]) =>
  runCli(['check', '--parser', parser, '--template', 'template.md', '--rule', 'field-order: error', ...args], { cwd: folder });
const read = (): string => readFileSync(join(folder, 'doc.md'), 'utf8');

describe('--fix with field-order on a metadata table', () => {
  it.each(['remark', 'markdown-it'])('puts the rows in order, the header row included, and a second run changes nothing (%s)', async (parser) => {
    const lines = [
      '# Faster builds',
      '',
      '| Updated | 2024-03-01 |',
      '|---------|------------|',
      '| Created | 2024-01-02 |',
      '| Owner   | Ada        |',
      '|         | Grace      |',
      '| Status  | Draft      |',
      '',
      '## Goal',
      '',
      'Cache the compiler output.',
    ];
    writeFileSync(join(folder, 'doc.md'), `${lines.join('\r\n')}\r\n`);
    const before = await check(parser, '--format', 'json', 'doc.md');
    const [result] = JSON.parse(before.stdout) as Array<{ messages: Array<{ ruleId: string; line: number; message: string; fix?: unknown }> }>;
    expect(result!.messages.map(({ line, message, fix }) => [line, message, fix !== undefined])).toEqual([
      [5, 'Field "Created" (template) is out of order: expected before "Updated"', true],
      [6, 'Field "Owner" (template) is out of order: expected before "Updated"', true],
      [8, 'Field "Status" (template) is out of order: expected before "Updated"', true],
    ]);

    const first = await check(parser, '--fix', 'doc.md');
    expect([first.code, first.stderr]).toEqual([0, 'guidelint: fixed 3 problems in 1 file; 0 errors and 0 warnings remain\n']);
    const fixed = [
      '# Faster builds',
      '',
      '| Status  | Draft      |',
      '|---------|------------|',
      '| Owner   | Ada        |',
      '|         | Grace      |',
      '| Created | 2024-01-02 |',
      '| Updated | 2024-03-01 |',
      '',
      '## Goal',
      '',
      'Cache the compiler output.',
    ];
    expect(read()).toBe(`${fixed.join('\r\n')}\r\n`);

    const second = await check(parser, '--fix', '--format', 'json', 'doc.md');
    expect(read()).toBe(`${fixed.join('\r\n')}\r\n`);
    const [again] = JSON.parse(second.stdout) as Array<{ messages: unknown[]; output?: string }>;
    expect([again!.messages, again!.output]).toEqual([[], undefined]);
    expect(second.code).toBe(0);
  });
});
