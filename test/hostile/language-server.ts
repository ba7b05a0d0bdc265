/**
 * Issue 17 through the built language server: an alias bomb is one diagnostic (17.3); after badly
 * framed input it still answers, and `shutdown` then `exit` end it cleanly (17.7).
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { pathToFileURL } from 'node:url';
import { initialize, startClient, type LspClient } from '../lsp/lsp-client.js';
import { builtCliOnTree } from './built-cli.js';
import { aliasBombFrontmatter } from './yaml-bomb.js';

const TEMPLATE = '# [Project] Notes\n\n## Summary\n\n[Describe the project]\n';
const CONFIG = 'templates:\n  notes: templates/notes.md\ndocuments:\n  - files: "docs/**/*.md"\n    template: notes\n';

const workspace = builtCliOnTree({ '.guidelintrc.yaml': CONFIG, 'templates/notes.md': TEMPLATE });
/** Every server started, killed at the end even when a test gave up waiting for one. */
const clients: LspClient[] = [];
const uri = (path: string): string => pathToFileURL(workspace.at(path)).href;

afterAll(() => {
  for (const client of clients) client.kill();
});

async function started(): Promise<LspClient> {
  const client = startClient(workspace.bin, workspace.root);
  clients.push(client);
  await initialize(client, workspace.root, { debounceMs: 0 });
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

  it.each([
    ['a Content-Length that is no number', 'Content-Length: abc\r\n\r\n{}'],
    ['no Content-Length', 'Content-Type: application/json\r\n\r\n{}'],
    ['a Content-Length longer than the message', 'Content-Length: 4000\r\n\r\n{}'],
    ['a body that is not JSON', 'Content-Length: 5\r\n\r\n{oops'],
  ])('after %s, still answers, and shuts down and exits cleanly', async (_name, badly) => {
    const client = await started();
    client.writeRaw(badly);
    await open(client, 'docs/after.md', '# After Notes\n');
    expect((await client.nextDiagnostics(uri('docs/after.md'))).diagnostics.map((diagnostic) => diagnostic.code)).toEqual([
      'required-section',
    ]);
    await client.connection.sendRequest('shutdown');
    await client.connection.sendNotification('exit');
    expect(await client.exited).toBe(0);
  });
});
