/**
 * Issue 17.4: escape sequences in document text and file names (clear screen, window title, an
 * OSC 8 hyperlink, the bell, a bidirectional override) never reach a terminal raw from the
 * human-facing formats, and the machine formats stay valid.
 */
import { describe, expect, it } from '@jest/globals';
import type { Log } from 'sarif';
import { makeResult } from '../../src/engine/results.js';
import { formatStylish } from '../../src/report/stylish.js';
import { CONTEXT } from '../report/results.js';
import { validateSarif } from '../report/sarif-validator.js';
import { builtCliOnTree } from './built-cli.js';

const TEMPLATE = '# [Project] Notes\n\n## Summary\n\n[Describe the project]\n\n## Details\n\n[Explain how it works]\n';
const LINK = '\u001b]8;;https://evil.example\u001b\\docs\u001b]8;;\u001b\\';
const TITLE = `# Alpha \u001b]0;PWNED\u0007 Notes\u001b[2J \u202eevil ${LINK}`;
const DOCUMENT = `${TITLE}\n\n## Summary\n\nIt works.\n`;
const FILE = 'docs/\u001b[31mred\u0007.md';

/** Every control character but the line feed that ends each line. */
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/;

const cli = builtCliOnTree({ 'tpl.md': TEMPLATE, [FILE]: DOCUMENT });
const runOf = cli.runsInOneProcess({
  stylish: ['-t', 'tpl.md', 'docs'],
  github: ['-t', 'tpl.md', '-f', 'github', 'docs'],
  verbose: ['-t', 'tpl.md', '--verbose', 'docs'],
  json: ['-t', 'tpl.md', '-f', 'json', 'docs'],
  sarif: ['-t', 'tpl.md', '-f', 'sarif', 'docs'],
  junit: ['-t', 'tpl.md', '-f', 'junit', 'docs'],
});

describe('human-facing formats show control characters as escapes', () => {
  it('stylish', async () => {
    const run = await runOf('stylish');
    expect(run.stdout).not.toMatch(RAW_CONTROL);
    expect(run.stdout).toContain('docs/\\x1b[31mred\\x07.md');
    expect(run.stdout).toContain('Title "# Alpha \\x1b]0;PWNED\\x07 Notes\\x1b[2J \\u202eevil \\x1b]8;;');
  });

  it('stylish in colour keeps its own colours only', () => {
    const result = makeResult('/repo/\u001b[2J.md', 'tpl', [
      { ruleId: 'title', severity: 2, message: 'Title "\u001b]0;x\u0007"', line: 1, column: 1, endLine: 1, endColumn: 2 },
    ]);
    const colored = formatStylish([result], { ...CONTEXT, color: true });
    expect(colored.replace(/\u001b\[\d+m/g, '')).not.toMatch(RAW_CONTROL);
    expect(colored).toContain('\u001b[4m\\x1b[2J.md\u001b[24m');
    expect(colored).toContain('Title "\\x1b]0;x\\x07"');
  });

  it('github', async () => {
    const run = await runOf('github');
    expect(run.stdout).not.toMatch(RAW_CONTROL);
    expect(run.stdout).toContain('file=docs/\\x1b[31mred\\x07.md,');
    expect(run.stdout).toContain('\\u202eevil \\x1b]8;;https://evil.example\\x1b\\docs');
  });

  it('stderr lines that quote file names and parser messages', async () => {
    const run = await runOf('verbose');
    expect(run.stderr).not.toMatch(RAW_CONTROL);
    expect(run.stderr).toContain('docs/\\x1b[31mred\\x07.md: follows');
  });
});

describe('machine formats keep the text and stay valid', () => {
  it('json and sarif', async () => {
    const json = JSON.parse((await runOf('json')).stdout) as Array<{ filePath: string }>;
    expect(json.map((result) => result.filePath)).toContain(cli.at(FILE));
    const sarif = JSON.parse((await runOf('sarif')).stdout) as Log;
    expect(validateSarif(sarif)).toBe(true);
  });

  it('junit has no character XML 1.0 forbids', async () => {
    const junit = (await runOf('junit')).stdout;
    expect(junit).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  });
});
