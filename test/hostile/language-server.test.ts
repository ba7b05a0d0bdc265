/** Issue 17 through the built language server: an alias bomb (17.3). */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { makeTree, removeTree } from '../files/tree.js';
import { startClient, type LspClient } from '../lsp/lsp-client.js';
import { builtCli, type BuiltCli } from './built-cli.js';
import { aliasBombFrontmatter } from './yaml-bomb.js';

const TEMPLATE = '# [Project] Notes\n\n## Summary\n\n[Describe the project]\n';
const CONFIG = 'templates:\n  notes: templates/notes.md\ndocuments:\n  - files: "docs/**/*.md"\n    template: notes\n';

let cli: BuiltCli;
let workspace: string;
/** Every server started, killed at the end even when a test gave up waiting for one. */
const clients: LspClient[] = [];
const uri = (path: string): string => pathToFileURL(join(workspace, path)).href;

beforeAll(async () => {
  cli = builtCli();
  workspace = await makeTree({ '.guidelintrc.yaml': CONFIG, 'templates/notes.md': TEMPLATE });
}, 60_000);

afterAll(async () => {
  for (const client of clients) client.kill();
  cli.remove();
  await removeTree(workspace);
});

async function started(): Promise<LspClient> {
  const client = startClient(cli.bin, workspace);
  clients.push(client);
  await client.connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(workspace).href,
    capabilities: {},
    initializationOptions: { debounceMs: 0 },
  });
  await client.connection.sendNotification('initialized', {});
  return client;
}

function open(client: LspClient, path: string, text: string): Promise<void> {
  return client.connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri: uri(path), languageId: 'markdown', version: 1, text },
  });
}

describe('guidelint lsp', () => {
  it('gives a document whose frontmatter is an alias bomb one diagnostic, and goes on serving', async () => {
    const client = await started();
    await open(client, 'docs/bomb.md', `${aliasBombFrontmatter()}\n# Alpha Notes\n\n## Summary\n\nText.\n`);
    const bomb = await client.nextDiagnostics(uri('docs/bomb.md'));
    expect(bomb.diagnostics.map((diagnostic) => [diagnostic.range.start, diagnostic.message])).toEqual([
      [{ line: 0, character: 0 }, 'YAML frontmatter: Excessive alias count indicates a resource exhaustion attack'],
    ]);
    await open(client, 'docs/next.md', '# Next Notes\n');
    expect((await client.nextDiagnostics(uri('docs/next.md'))).diagnostics.map((diagnostic) => diagnostic.code)).toEqual([
      'required-section',
    ]);
  });
});
