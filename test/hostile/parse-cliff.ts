/**
 * Issue 17.2 through the built CLI: a list nested 10 or more levels deep no longer makes the
 * markdown-it front-end drop the rest of the document (false "Missing required section", missing
 * placeholder findings); both front-ends give the same findings.
 */
import { describe, expect, it } from '@jest/globals';
import { builtCliOnTree } from './built-cli.js';

const TEMPLATE = '# [Project] Notes\n\n## Summary\n\n[Describe the project]\n\n## Details\n\n[Explain how it works]\n';
const nestedList = (depth: number): string =>
  Array.from({ length: depth }, (_, level) => `${'  '.repeat(level)}- item ${level}`).join('\n');
const document = (depth: number): string =>
  `# Alpha Notes\n\n## Summary\n\n${nestedList(depth)}\n\n## Details\n\n[Explain how it works]\n`;

const cli = builtCliOnTree({ 'tpl.md': TEMPLATE, 'ten.md': document(10), 'forty.md': document(40) });
const FILES = ['ten.md', 'forty.md'];
const PARSERS = ['markdown-it', 'remark'];
const runOf = cli.runsInOneProcess(
  Object.fromEntries(FILES.flatMap((file) => PARSERS.map((parser) => [`${file} ${parser}`, ['-t', 'tpl.md', '--parser', parser, '-f', 'github', file]]))),
);

describe('a deeply nested list', () => {
  it.each(FILES)('%s: the rest of the document is read, by both front-ends alike', async (file) => {
    const findings = async (parser: string): Promise<string> => (await runOf(`${file} ${parser}`)).stdout;
    const fast = await findings('markdown-it');
    expect(fast.trim().split('\n')).toEqual([
      expect.stringMatching(/^::error file=[^,]+,line=\d+,col=1,.*title=guidelint \(placeholder\)::Placeholder "\[Explain how it works\]" left in/),
    ]);
    expect(await findings('remark')).toBe(fast);
  });
});
