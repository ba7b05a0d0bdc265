/**
 * One document, one set of findings, however it is checked: the built CLI without arguments from
 * the repository's root and from the document's folder, with its path from the root and from a
 * folder between, and the language server. The document sits under a nested config that changes
 * a severity and maps more documents, below the repository's config (DESIGN §5).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver/node';
import type { LintResult } from '../../src/engine/results.js';
import { builtCli, runNode, type ProcessRun } from '../built-cli.js';
import { makeTree, removeTree } from '../files/tree.js';
import { initialize, startClient } from './lsp-client.js';

const TEMPLATE = '# [Project] Notes\n\n**Status:** [Draft/Final]\n\n## Summary\n\n[Describe the project]\n\n## Details\n\n[Explain how it works]\n';
/** Status not allowed; Details missing. */
const ALPHA = '# Alpha Notes\n\n**Status:** Urgent\n\n## Summary\n\nAlpha sorts things.\n';
/** Summary still a placeholder; Status not allowed; Details missing. */
const BETA = '# Beta Notes\n\n**Status:** Soon\n\n## Summary\n\n[Describe the project]\n';

let bin: string;
let root: string;
const at = (...parts: string[]): string => join(root, ...parts);

beforeAll(async () => {
  bin = builtCli();
  root = await makeTree({
    '.guidelintrc.yaml': 'templates:\n  notes: templates/notes.md\ndocuments:\n  - { files: "docs/**/*.md", template: notes }\nrules: { placeholder: warn }\n',
    'templates/notes.md': TEMPLATE,
    'docs/alpha.md': ALPHA,
    // The team's config extends the repository's: errors for placeholders, warnings for field values.
    'docs/team/.guidelintrc.yaml': 'rules: { placeholder: error, field-value: warn }\ndocuments:\n  - { files: "more/*.markdown", template: notes }\n',
    'docs/team/beta.md': BETA,
    'docs/team/more/gamma.markdown': BETA,
    'notes/readme.md': '# Not a document\n',
  });
}, 60_000);

afterAll(async () => {
  await removeTree(root);
});

/** `line:column severity rule message` of each finding, by file relative to the root. */
function findingsByFile(run: ProcessRun): Record<string, string[]> {
  expect([run.code, run.stderr]).toEqual([1, '']);
  return Object.fromEntries(
    (JSON.parse(run.stdout) as LintResult[]).map((result) => [
      result.filePath.slice(root.length + 1),
      result.messages.map((message) => `${message.line}:${message.column} ${message.severity} ${message.ruleId} ${message.message}`),
    ]),
  );
}

const BETA_FINDINGS = [
  '3:13 1 field-value Field "Status" (notes) must be one of "Draft", "Final", found "Soon"',
  '7:1 2 placeholder Placeholder "[Describe the project]" left in from the template (notes)',
  '8:1 2 required-section Missing required section "## Details" (notes), expected after "## Summary"',
];

describe('one document under a nested config', () => {
  it('gets the nested config\'s findings from a run without arguments at the root, which checks the nested config\'s documents too', async () => {
    expect(findingsByFile(await runNode(bin, ['-f', 'json'], root))).toEqual({
      'docs/alpha.md': [
        '3:13 2 field-value Field "Status" (notes) must be one of "Draft", "Final", found "Urgent"',
        '8:1 2 required-section Missing required section "## Details" (notes), expected after "## Summary"',
      ],
      'docs/team/beta.md': BETA_FINDINGS,
      'docs/team/more/gamma.markdown': BETA_FINDINGS,
    });
  });

  it('gets the same findings from a run without arguments in its folder, which checks only the documents under it', async () => {
    expect(findingsByFile(await runNode(bin, ['-f', 'json'], at('docs/team')))).toEqual({
      'docs/team/beta.md': BETA_FINDINGS,
      'docs/team/more/gamma.markdown': BETA_FINDINGS,
    });
    const stylish = await runNode(bin, ['--no-color'], at('docs/team'));
    expect(stylish.stdout.split('\n').filter((line) => /^\S/u.test(line))).toEqual(['beta.md', 'more/gamma.markdown', '✖ 6 problems (4 errors, 2 warnings)']);
  });

  it('gets the same findings named by its path, from the root and from a folder between', async () => {
    expect(findingsByFile(await runNode(bin, ['-f', 'json', 'docs/team/beta.md'], root))).toEqual({ 'docs/team/beta.md': BETA_FINDINGS });
    expect(findingsByFile(await runNode(bin, ['-f', 'json', 'team/beta.md'], at('docs')))).toEqual({ 'docs/team/beta.md': BETA_FINDINGS });
  });

  it('gets the same findings from the language server', async () => {
    const client = startClient(bin, root);
    try {
      await initialize(client, root);
      const uri = pathToFileURL(at('docs/team/beta.md')).href;
      const text = readFileSync(at('docs/team/beta.md'), 'utf8');
      await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
      const { diagnostics } = await client.nextDiagnostics(uri);
      const asFinding = (diagnostic: Diagnostic): string =>
        `${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1} ${diagnostic.severity === 1 ? 2 : 1} ${diagnostic.code} ${diagnostic.message}`;
      expect(diagnostics.map(asFinding)).toEqual(BETA_FINDINGS);
    } finally {
      client.kill();
    }
  });
});
