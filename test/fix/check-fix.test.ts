/** `guidelint check --fix` and `--fix-dry-run` on files: what is written, what is kept, what is printed. */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { chmodSync, lstatSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../cli/run-cli.js';
import { makeTree, removeTree } from '../files/tree.js';

const TEMPLATE = [
  '# [Project] Notes',
  '',
  '**Owner:** [Name]',
  '**Status:** [Draft/Final]',
  '',
  '## Summary',
  '',
  '[Describe the project]',
  '',
  '## Details',
  '',
  '[Explain how it works]',
  '',
].join('\n');

const MISSING_DETAILS = ['# Alpha Notes', '', '**Owner:** Ada', '**Status:** Draft', '', '## Summary', '', 'Alpha sorts things.'];
const FIXED_DETAILS = [...MISSING_DETAILS, '', '## Details', '', '[Explain how it works]'];

let folder: string;
beforeEach(async () => {
  folder = await makeTree({ 'template.md': TEMPLATE });
});
afterEach(() => removeTree(folder));

const check = (...args: string[]) => runCli(['check', '--template', 'template.md', ...args], { cwd: folder });
const read = (file: string): string => readFileSync(join(folder, file), 'utf8');

describe('--fix', () => {
  it('writes the fix, reports what is left, and exits by what is left', async () => {
    writeFileSync(join(folder, 'doc.md'), `${MISSING_DETAILS.join('\n')}\n`);
    const run = await check('--fix', '--format', 'json', 'doc.md');
    expect(read('doc.md')).toBe(`${FIXED_DETAILS.join('\n')}\n`);
    const [result] = JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string; line: number; message: string }> }>;
    expect(result!.messages.map(({ ruleId, line, message }) => [ruleId, line, message])).toEqual([
      ['placeholder', 12, 'Placeholder "[Explain how it works]" left in from the template (template)'],
    ]);
    expect([run.code, run.stderr]).toEqual([1, 'guidelint: fixed 1 problem in 1 file; 1 error and 0 warnings remain\n']);
  });

  it('keeps CRLF line endings, the byte-order mark, frontmatter and a missing final line break', async () => {
    const source = `\uFEFF---\r\ntitle: Alpha\r\n---\r\n${MISSING_DETAILS.join('\r\n')}`;
    writeFileSync(join(folder, 'doc.md'), source);
    await check('--fix', 'doc.md');
    expect(read('doc.md')).toBe(`\uFEFF---\r\ntitle: Alpha\r\n---\r\n${FIXED_DETAILS.join('\r\n')}`);
  });

  it('inserts several things at one place over several passes, and a second run changes nothing', async () => {
    writeFileSync(join(folder, 'doc.md'), '# Alpha Notes\n\n## Summary\n\nAlpha.\n');
    await check('--fix', 'doc.md');
    const fixed = read('doc.md');
    expect(fixed).toBe(
      '# Alpha Notes\n\n**Owner:** [Name]\n**Status:** [Draft/Final]\n\n## Summary\n\nAlpha.\n\n## Details\n\n[Explain how it works]\n',
    );
    const again = await check('--fix', 'doc.md');
    expect(read('doc.md')).toBe(fixed);
    expect(again.code).toBe(1);
  });

  it('keeps the file\'s mode, writes through a symbolic link, and leaves no temporary file', async () => {
    writeFileSync(join(folder, 'doc.md'), `${MISSING_DETAILS.join('\n')}\n`);
    chmodSync(join(folder, 'doc.md'), 0o640);
    symlinkSync('doc.md', join(folder, 'link.md'));
    await check('--fix', 'link.md');
    expect(lstatSync(join(folder, 'link.md')).isSymbolicLink()).toBe(true);
    expect(read('doc.md')).toBe(`${FIXED_DETAILS.join('\n')}\n`);
    expect(statSync(join(folder, 'doc.md')).mode & 0o777).toBe(0o640);
    expect(readdirSync(folder).sort()).toEqual(['doc.md', 'link.md', 'template.md']);
  });

  it('leaves a file without a fix untouched', async () => {
    const source = `${FIXED_DETAILS.join('\n')}\n`;
    writeFileSync(join(folder, 'doc.md'), source);
    const before = statSync(join(folder, 'doc.md')).mtimeMs;
    await check('--fix', 'doc.md');
    expect([read('doc.md'), statSync(join(folder, 'doc.md')).mtimeMs]).toEqual([source, before]);
  });
});

describe('--fix-dry-run', () => {
  it('prints the diff, writes nothing, and says on stderr what would remain', async () => {
    const source = `${MISSING_DETAILS.join('\n')}\n`;
    writeFileSync(join(folder, 'doc.md'), source);
    const run = await check('--fix-dry-run', 'doc.md');
    expect(read('doc.md')).toBe(source);
    expect(run.stdout).toBe(
      [
        '--- a/doc.md',
        '+++ b/doc.md',
        '@@ -6,3 +6,7 @@',
        ' ## Summary',
        ' ',
        ' Alpha sorts things.',
        '+',
        '+## Details',
        '+',
        '+[Explain how it works]',
        '',
      ].join('\n'),
    );
    expect(run.stderr).toBe('guidelint: --fix-dry-run: would fix 1 problem in 1 file; 1 error and 0 warnings would remain\n');
    expect(run.code).toBe(1);
  });

  it('writes the report of what would remain to --output', async () => {
    writeFileSync(join(folder, 'doc.md'), `${MISSING_DETAILS.join('\n')}\n`);
    await check('--fix-dry-run', '--format', 'json', '--output', 'report.json', 'doc.md');
    const [result] = JSON.parse(read('report.json')) as Array<{ messages: Array<{ ruleId: string }> }>;
    expect(result!.messages.map((message) => message.ruleId)).toEqual(['placeholder']);
  });

  it('prints nothing on stdout when nothing would change', async () => {
    writeFileSync(join(folder, 'doc.md'), `${FIXED_DETAILS.join('\n').replace('[Explain how it works]', 'It sorts.')}\n`);
    const run = await check('--fix-dry-run', 'doc.md');
    expect([run.code, run.stdout, run.stderr]).toEqual([0, '', 'guidelint: --fix-dry-run: would fix 0 problems in 0 files; 0 errors and 0 warnings would remain\n']);
  });
});

it('refuses --fix with --fix-dry-run', async () => {
  writeFileSync(join(folder, 'doc.md'), '# Alpha Notes\n');
  const run = await check('--fix', '--fix-dry-run', 'doc.md');
  expect([run.code, run.stderr]).toEqual([2, 'guidelint: --fix and --fix-dry-run cannot be used together\n']);
});
