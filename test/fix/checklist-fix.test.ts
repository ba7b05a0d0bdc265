/**
 * `guidelint check --fix` on missing task items (issue 14.6): they go inside the section's body,
 * before the `---` that closes it, in template order, with blank lines around a new list, so that a
 * file markdownlint's MD022/MD032 passed still passes them; the run says what it fixed.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint as markdownlint } from 'markdownlint/sync';
import { runCli } from '../cli/run-cli.js';
import { makeTree, removeTree } from '../files/tree.js';

const TEMPLATE = [
  '# [Feature] Plan',
  '',
  '## Checklist',
  '',
  '- [ ] Tests pass',
  '- [ ] Docs updated',
  '- [ ] Changelog entry',
  '',
  '---',
  '',
  '## Notes',
  '',
  '[Notes]',
  '',
].join('\n');

const ITEMS = ['- [ ] Tests pass', '- [ ] Docs updated', '- [ ] Changelog entry'];
const lines = (...parts: string[]): string => `${parts.join('\n')}\n`;

/** Each document, and what --fix makes of it. */
const CASES: Record<string, [string, string]> = {
  'intro.md': [
    lines('# Search Plan', '', '## Checklist', '', 'Before the release:', '', '---', '', '## Notes', '', 'None.'),
    lines('# Search Plan', '', '## Checklist', '', 'Before the release:', '', ...ITEMS, '', '---', '', '## Notes', '', 'None.'),
  ],
  'code.md': [
    lines('# Search Plan', '', '## Checklist', '', '```sh', 'make release', '```', '', '***', '', '---', '', '## Notes', '', 'None.'),
    lines('# Search Plan', '', '## Checklist', '', '```sh', 'make release', '```', '', ...ITEMS, '', '***', '', '---', '', '## Notes', '', 'None.'),
  ],
  'no-rule.md': [
    lines('# Search Plan', '', '## Checklist', '', 'Soon.', '## Notes', '', 'None.'),
    lines('# Search Plan', '', '## Checklist', '', 'Soon.', '', ...ITEMS, '', '## Notes', '', 'None.'),
  ],
  'some.md': [
    lines('# Search Plan', '', '## Checklist', '', '* [x] Docs updated', '  (the README too)', '', '---', '', '## Notes', '', 'None.'),
    lines('# Search Plan', '', '## Checklist', '', '* [ ] Tests pass', '* [x] Docs updated', '  (the README too)', '* [ ] Changelog entry', '', '---', '', '## Notes', '', 'None.'),
  ],
};

/** markdownlint's findings of MD022 (blank lines around headings) and MD032 (around lists). */
function blankLineProblems(text: string): string[] {
  const results = markdownlint({ strings: { doc: text }, config: { default: false, MD022: true, MD032: true } });
  return results['doc']!.map((problem) => `${problem.lineNumber} ${problem.ruleNames[0]!}`);
}

let folder: string;
beforeEach(async () => {
  folder = await makeTree({ 'template.md': TEMPLATE, ...Object.fromEntries(Object.entries(CASES).map(([name, [text]]) => [name, text])) });
});
afterEach(() => removeTree(folder));

/** The first run compiles the CLI's modules on a loaded machine: room, not a timed assertion. */
const CLI_TIMEOUT = 60_000;

const check = (...args: string[]) => runCli(['check', '--template', 'template.md', ...args], { cwd: folder });
const read = (file: string): string => readFileSync(join(folder, file), 'utf8');

describe('--fix on missing task items', () => {
  it('puts them in the body, before its closing ---, in template order, with blank lines around a new list', async () => {
    const run = await check('--fix', ...Object.keys(CASES));
    expect(Object.fromEntries(Object.keys(CASES).map((name) => [name, read(name)]))).toEqual(
      Object.fromEntries(Object.entries(CASES).map(([name, [, fixed]]) => [name, fixed])),
    );
    expect([run.code, run.stderr]).toEqual([0, 'guidelint: fixed 11 problems in 4 files; 0 errors and 0 warnings remain\n']);
  }, CLI_TIMEOUT);

  it('leaves files that passed markdownlint MD022/MD032 passing them', async () => {
    const problems = (): Record<string, string[]> => Object.fromEntries(Object.keys(CASES).map((name) => [name, blankLineProblems(read(name))]));
    expect(problems()).toEqual({ 'intro.md': [], 'code.md': [], 'no-rule.md': ['6 MD022'], 'some.md': [] });
    await check('--fix', ...Object.keys(CASES));
    // The heading that followed the new list directly now has its blank line too.
    expect(problems()).toEqual({ 'intro.md': [], 'code.md': [], 'no-rule.md': [], 'some.md': [] });
  }, CLI_TIMEOUT);

  it('lists the missing items in template order', async () => {
    const run = await check('--format', 'json', 'intro.md');
    const [result] = JSON.parse(run.stdout) as Array<{ messages: Array<{ line: number; message: string }> }>;
    expect(result!.messages.map(({ line, message }) => `${line} ${message}`)).toEqual([
      '9 Missing task item "Tests pass" in "## Checklist" (template)',
      '9 Missing task item "Docs updated" in "## Checklist" (template)',
      '9 Missing task item "Changelog entry" in "## Checklist" (template)',
    ]);
  }, CLI_TIMEOUT);

  it('says what it fixed when nothing was left to fix', async () => {
    writeFileSync(join(folder, 'done.md'), CASES['intro.md']![1]);
    const run = await check('--fix', 'done.md');
    expect([run.code, run.stderr]).toEqual([0, 'guidelint: fixed 0 problems in 0 files; 0 errors and 0 warnings remain\n']);
  }, CLI_TIMEOUT);
});
