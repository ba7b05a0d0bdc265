/**
 * Issue 17.6 (ReDoS): what a template writes never becomes a backtracking RegExp's worst case.
 * Each input here took the old code minutes or more (jest's timeout stops a regression); the
 * report gives the timings, no assertion does.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { builtCliOnTree } from './built-cli.js';

const words = (count: number): string => Array.from({ length: count }, (_, index) => `w${index}`).join(' ');
const placeholders = Array.from({ length: 30_000 }, (_, index) => `[p${index}]`).join(' ');
const GOOD = '# Alpha\n\n## Summary\n\nAlpha sorts things.\n';

const cli = builtCliOnTree({
  'heading.md': '# Notes\n\n## [A] [B] [C] [D] [E] Plan\n\n[Describe]\n',
  'long-heading.md': `# Release notes\n\n## ${words(400)}\n\nText.\n`,
  'long-plan.md': `# Release notes\n\n## ${words(400)} plan\n\nText.\n`,
  'placeholders.md': `# Notes\n\n## Summary\n\n${placeholders}\n`,
  'left-in.md': `# Alpha\n\n## Summary\n\n${placeholders}\n`,
  'tokens.md': `# Notes\n\n## Summary\n\n${Array(100_000).fill('XXX').join(' ')}\n`,
  'brackets.md': `# Notes\n\n## Summary\n\n${'['.repeat(100_000)}\n\n[Describe]\n`,
  'nested-links.md': `# Notes\n\n## Summary\n\n${'['.repeat(20_000)}a${'](u)'.repeat(20_000)}\n\n[Describe]\n`,
  'good.md': GOOD,
});
const json = (...args: string[]): string[] => [...args, '-f', 'json'];
const TEMPLATE_LINES = [
  ['100,000 tokens', 'tokens.md'],
  ['100,000 brackets never closed', 'brackets.md'],
  ['links nested 20,000 deep (the stack overflowed)', 'nested-links.md'],
] as const;
const runOf = cli.runsInOneProcess({
  heading: json('-t', 'heading.md', 'long-heading.md', 'long-plan.md'),
  // Written to a file: the report is more than a child process's output buffer holds.
  leftIn: json('-t', 'placeholders.md', 'left-in.md', '-o', 'report.json'),
  ...Object.fromEntries(TEMPLATE_LINES.map(([, template]) => [template, json('-t', template, 'good.md')])),
});

interface Result {
  filePath: string;
  messages: Array<{ ruleId: string; message: string; line: number; column: number }>;
}

async function check(name: string): Promise<Result[]> {
  const run = await runOf(name);
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as Result[];
}

describe('a template heading of five placeholders', () => {
  it('is matched against a 400-word document heading at once', async () => {
    const results = await check('heading');
    expect(results.map((result) => [result.filePath.slice(cli.root.length + 1), result.messages.map((message) => message.message)])).toEqual([
      ['long-heading.md', ['Missing required section "## [A] [B] [C] [D] [E] Plan" (heading)']],
      ['long-plan.md', []],
    ]);
  });
});

describe('a line of 30,000 placeholders', () => {
  it('left in a document is found at once, each of them', async () => {
    const run = await runOf('leftIn');
    expect([run.code, run.stdout, run.stderr]).toEqual([1, '', '']);
    const [result] = JSON.parse(readFileSync(cli.at('report.json'), 'utf8')) as Result[];
    expect(result!.messages).toHaveLength(30_000);
    expect(result!.messages.at(-1)).toMatchObject({ ruleId: 'placeholder', message: 'Placeholder "[p29999]" left in from the template (placeholders)', line: 5 });
  });
});

describe('a template line the placeholder scan reads at once, whatever it holds', () => {
  it.each(TEMPLATE_LINES)('%s', async (_, template) => {
    const [result] = await check(template);
    expect(result!.messages).toEqual([]);
  });
});
