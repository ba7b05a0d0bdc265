/**
 * Issue 17.3 (documents and templates): a YAML alias bomb in one document's frontmatter is that
 * document's one fatal message, the other files still checked; in a template it is one error
 * naming the template. Many frontmatter keys are read in one pass, duplicates still found.
 */
import { describe, expect, it } from '@jest/globals';
import { outlineFromMarkdownIt } from '../../src/outline/from-markdown-it.js';
import { outlineFromRemark } from '../../src/outline/from-remark.js';
import { builtCliOnTree } from './built-cli.js';
import { aliasBombFrontmatter } from './yaml-bomb.js';

const TEMPLATE = '# [Project] Notes\n\n## Summary\n\n[Describe the project]\n';
const GOOD = '# Alpha Notes\n\n## Summary\n\nAlpha sorts things.\n';
const BOMB_MESSAGE = 'YAML frontmatter: Excessive alias count indicates a resource exhaustion attack';

const cli = builtCliOnTree({
  'tpl.md': TEMPLATE,
  'bomb-template.md': `${aliasBombFrontmatter()}\n${TEMPLATE}`,
  'docs/bomb.md': `${aliasBombFrontmatter()}\n${GOOD}`,
  'docs/good.md': GOOD,
  'docs/names-bomb-template.md': `---\ntemplate: ../bomb-template.md\n---\n${GOOD}`,
});
const runOf = cli.runsInOneProcess({
  document: ['-t', 'tpl.md', '-f', 'json', 'docs/bomb.md', 'docs/good.md'],
  template: ['-t', 'bomb-template.md', 'docs/good.md'],
  frontmatterTemplate: ['-f', 'json', 'docs/names-bomb-template.md'],
});

describe('an alias bomb', () => {
  it("in a document's frontmatter is its one fatal message; the other files are checked", async () => {
    const run = await runOf('document');
    expect([run.code, run.stderr]).toEqual([1, '']);
    const results = JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ message: string; fatal?: boolean }> }>;
    expect(results.map((result) => [result.filePath.slice(cli.root.length + 1), result.messages])).toEqual([
      ['docs/bomb.md', [expect.objectContaining({ message: BOMB_MESSAGE, fatal: true, line: 1, column: 1 })]],
      ['docs/good.md', []],
    ]);
  });

  it('in the template given on the command line stops the run with one line naming it', async () => {
    const run = await runOf('template');
    expect([run.code, run.stdout, run.stderr]).toEqual([2, '', `guidelint: cannot use template "bomb-template.md": ${BOMB_MESSAGE}\n`]);
  });

  it("in the template a document's frontmatter names is that document's fatal message", async () => {
    const run = await runOf('frontmatterTemplate');
    const [result] = JSON.parse(run.stdout) as Array<{ messages: Array<{ message: string }> }>;
    expect(result!.messages.map((message) => message.message)).toEqual([
      `Cannot use the frontmatter's template: cannot use template "bomb-template.md": ${BOMB_MESSAGE}`,
    ]);
  });
});

describe('many frontmatter keys', () => {
  const keys = Array.from({ length: 5_000 }, (_, index) => `key${index}: value ${index}`);

  it('are all read, by both front-ends', () => {
    const text = `---\n${keys.join('\n')}\n---\n${GOOD}`;
    for (const outlineOf of [outlineFromMarkdownIt, outlineFromRemark]) {
      const outline = outlineOf(text);
      expect(outline.frontmatter?.error).toBeNull();
      expect(outline.metadata).toHaveLength(5_000);
      expect(outline.metadata.at(-1)).toMatchObject({ key: 'key4999', value: 'value 4999', span: { start: { line: 5_001 } } });
    }
  });

  it('read a repeated top-level key as a field given twice (a field-value finding), and fail on a repeated nested key at its place', () => {
    const text = `---\n${keys.join('\n')}\nkey7: again\n---\n${GOOD}`;
    const outline = outlineFromMarkdownIt(text);
    expect(outline.frontmatter?.error).toBeNull();
    expect(outline.metadata.filter((field) => field.key === 'key7').map((field) => [field.value, field.span.start.line])).toEqual([
      ['value 7', 9],
      ['again', 5_002],
    ]);
    const nested = '---\nauthors:\n  - name: A\n    name: B\nname: C\n---\n';
    expect(outlineFromMarkdownIt(nested).frontmatter?.error).toBe('YAML frontmatter: Map keys must be unique at line 4, column 5');
  });
});
