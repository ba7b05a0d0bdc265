/**
 * Issue 17.9 (paths outside the repository): a file named on the command line is checked wherever
 * it lies and shown by its relative path; the config may name a template anywhere; a document's
 * frontmatter must name one inside its repository (DESIGN §5, "Paths outside the repository").
 */
import { describe, expect, it } from '@jest/globals';
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

/** Runs of the CLI in the repository, in one process. */
const runInRepo = cli.runsInOneProcess(
  {
    outsideFile: ['-t', 'tpl.md', '../outside/doc.md', '--no-color'],
    'named in the config': ['-c', 'configs/named.yaml', '-t', 'notes', 'docs/doc.md', '-f', 'json'],
    "in a config's documents": ['-c', 'docs/outside.yaml', 'docs/doc.md', '-f', 'json'],
    namesOutside: ['docs/names-outside.md', '-f', 'json'],
    namesInside: ['docs/names-inside.md', '-f', 'json'],
  },
  'repo',
);

describe('a file outside the repository named on the command line', () => {
  it('is checked and shown by its relative path', async () => {
    const run = await runInRepo('outsideFile');
    expect([run.code, run.stderr]).toEqual([1, '']);
    expect(run.stdout.split('\n').slice(0, 3)).toEqual(['', '../outside/doc.md', '  6:1  error  Missing required section "## Summary" (tpl)  required-section']);
  });
});

describe('a template path outside the repository', () => {
  it.each(['named in the config', "in a config's documents"] as const)('%s is read as the config says', async (name) => {
    const run = await runInRepo(name);
    expect([run.code, run.stderr]).toEqual([1, '']);
    const [result] = JSON.parse(run.stdout) as Array<{ messages: Array<{ message: string }> }>;
    expect(result!.messages.map((message) => message.message)).toEqual([expect.stringMatching(/^Missing required section "## Summary"/u)]);
  });

  it("in a document's frontmatter is that document's one fatal message", async () => {
    const run = await runInRepo('namesOutside');
    const [result] = JSON.parse(run.stdout) as Array<{ messages: Array<{ message: string; fatal?: boolean }> }>;
    expect(result!.messages).toEqual([
      expect.objectContaining({ message: 'Frontmatter "template:" names a template file outside the repository: ../../outside/tpl.md', fatal: true }),
    ]);
  });

  it("in a document's frontmatter inside the repository is read as before", async () => {
    const run = await runInRepo('namesInside');
    const [result] = JSON.parse(run.stdout) as Array<{ messages: Array<{ message: string }> }>;
    expect(result!.messages.map((message) => message.message)).toEqual(['Missing required section "## Summary" (tpl)']);
  });
});
