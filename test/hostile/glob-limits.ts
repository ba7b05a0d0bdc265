/**
 * Issue 17.6 (globs): a glob picomatch would take minutes to compile (extglobs nested thousands deep)
 * is refused with one line naming it, exit code 2, wherever it is written; a .gitignore line of many
 * stars is matched against a long file name at once.
 */
import { describe, expect, it } from '@jest/globals';
import { builtCliOnTree } from './built-cli.js';

const nested = (depth: number): string => {
  let glob = 'a';
  for (let level = 0; level < depth; level++) glob = `*(${glob})`;
  return glob;
};
const DEEP = nested(3_000);
const SHOWN = `"${'*('.repeat(20)}…${')'.repeat(15)}"`;
const PROBLEM = 'nests groups 3000 deep (at most 32)';

const cli = builtCliOnTree({
  'tpl.md': '# Notes\n\n## Summary\n\n[Describe]\n',
  'doc.md': '# Alpha\n\n## Summary\n\nAlpha sorts things.\n',
  'ignore/.guidelintrc.json': JSON.stringify({ ignore: [DEEP] }),
  'documents/.guidelintrc.json': JSON.stringify({ documents: [{ files: ['*.md', DEEP], template: '../tpl.md' }] }),
  'stars/.gitignore': '*a*a*a*a*a*a*a*a*b\n',
  [`stars/${'a'.repeat(200)}.md`]: '# Alpha\n\n## Other\n\nText.\n',
});
const ON_THE_COMMAND_LINE = [
  ['as an exclusion', [`!${DEEP}`], 'on the command line'],
  ['as the files to check', [DEEP], 'on the command line'],
  ['in --ignore-pattern', ['--ignore-pattern', DEEP], 'in --ignore-pattern'],
] as const;
const runOf = cli.runsInOneProcess({
  ignore: ['-c', 'ignore/.guidelintrc.json', '-t', 'tpl.md', 'doc.md'],
  documents: ['-c', 'documents/.guidelintrc.json'],
  ...Object.fromEntries(ON_THE_COMMAND_LINE.map(([name, args]) => [name, ['-t', 'tpl.md', 'doc.md', ...args]])),
  stars: ['-t', 'tpl.md', 'stars', '-f', 'json'],
});

describe('a glob nesting extglobs 3,000 deep', () => {
  it("in the config's ignore is a config error naming it", async () => {
    const run = await runOf('ignore');
    expect([run.code, run.stdout, run.stderr]).toEqual([2, '', `guidelint: ignore/.guidelintrc.json: ignore[0]: glob ${SHOWN} ${PROBLEM}\n`]);
  });

  it("in a config's documents is a config error naming it", async () => {
    const run = await runOf('documents');
    expect([run.code, run.stdout, run.stderr]).toEqual([
      2,
      '',
      `guidelint: documents/.guidelintrc.json: documents[0].files[1]: glob ${SHOWN} ${PROBLEM}\n`,
    ]);
  });

  it.each(ON_THE_COMMAND_LINE)('on the command line, %s, is refused naming it', async (name, _, where) => {
    const run = await runOf(name);
    expect([run.code, run.stdout, run.stderr]).toEqual([2, '', `guidelint: glob ${SHOWN} ${where} ${PROBLEM}\n`]);
  });
});

describe('a .gitignore line of nine stars', () => {
  it('is matched against a 200-character file name at once', async () => {
    const run = await runOf('stars');
    const results = JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ message: string }> }>;
    expect(results.map((result) => [result.filePath.slice(cli.root.length + 1), result.messages.map((message) => message.message)])).toEqual([
      [`stars/${'a'.repeat(200)}.md`, ['Missing required section "## Summary" (tpl)']],
    ]);
  });
});
