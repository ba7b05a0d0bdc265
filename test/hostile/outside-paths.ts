/**
 * Issue 17.9 (paths outside the repository): a file named on the command line is checked wherever
 * it lies and shown by its relative path; the config may name a template anywhere; a document's
 * frontmatter must name one inside its repository (DESIGN §5, "Paths outside the repository").
 */
import { describe, expect, it } from '@jest/globals';
import { runNode } from '../built-cli.js';
import { builtCliOnTree } from './built-cli.js';

const TEMPLATE = '# Notes\n\n## Summary\n\n[Describe]\n';
const DOC = '# Alpha\n\n## Other\n\nText.\n';

const cli = builtCliOnTree({
  'repo/.git/HEAD': 'ref: refs/heads/main\n',
  'repo/tpl.md': TEMPLATE,
  'repo/docs/doc.md': DOC,
  'repo/docs/names-outside.md': `---\ntemplate: ../../outside/tpl.md\n---\n${DOC}`,
  'repo/configs/named.yaml': 'templates:\n  notes: ../../outside/tpl.md\n',
  'repo/docs/outside.yaml': 'documents:\n  - files: "doc.md"\n    template: ../../outside/tpl.md\n',
  'repo/docs/names-inside.md': `---\ntemplate: ../tpl.md\n---\n${DOC}`,
  'outside/tpl.md': TEMPLATE,
  'outside/doc.md': DOC,
});

/** Runs the CLI in the repository. */
const runInRepo = (args: readonly string[]) => runNode(cli.bin, args, cli.at('repo'));

describe('a file outside the repository named on the command line', () => {
  it('is checked and shown by its relative path', async () => {
    const run = await runInRepo(['-t', 'tpl.md', '../outside/doc.md', '--no-color']);
    expect([run.code, run.stderr]).toEqual([1, '']);
    expect(run.stdout.split('\n').slice(0, 3)).toEqual(['', '../outside/doc.md', '  6:1  error  Missing required section "## Summary" (tpl)  required-section']);
  });
});

describe('a template path outside the repository', () => {
  it.each([
    ['named in the config', 'configs/named.yaml', ['-t', 'notes', 'docs/doc.md']],
    ["in a config's documents", 'docs/outside.yaml', ['docs/doc.md']],
  ])('%s is read as the config says', async (_, config, args) => {
    const run = await runInRepo(['-c', config, ...args, '-f', 'json']);
    expect([run.code, run.stderr]).toEqual([1, '']);
    const [result] = JSON.parse(run.stdout) as Array<{ messages: Array<{ message: string }> }>;
    expect(result!.messages.map((message) => message.message)).toEqual([expect.stringMatching(/^Missing required section "## Summary"/u)]);
  });

  it("in a document's frontmatter is that document's one fatal message", async () => {
    const run = await runInRepo(['docs/names-outside.md', '-f', 'json']);
    const [result] = JSON.parse(run.stdout) as Array<{ messages: Array<{ message: string; fatal?: boolean }> }>;
    expect(result!.messages).toEqual([
      expect.objectContaining({ message: 'Frontmatter "template:" names a template file outside the repository: ../../outside/tpl.md', fatal: true }),
    ]);
  });

  it("in a document's frontmatter inside the repository is read as before", async () => {
    const run = await runInRepo(['docs/names-inside.md', '-f', 'json']);
    const [result] = JSON.parse(run.stdout) as Array<{ messages: Array<{ message: string }> }>;
    expect(result!.messages.map((message) => message.message)).toEqual(['Missing required section "## Summary" (tpl)']);
  });
});
