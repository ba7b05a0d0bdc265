/**
 * The built language server with its default debounce (adaptive: no `debounceMs` given): each
 * change typed after the last diagnostics is linted and published for its version, and a burst of
 * changes sent at once ends with the diagnostics of the last one.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { builtCli } from '../built-cli.js';
import { makeTree, removeTree } from '../files/tree.js';
import { initialize, startClient, type LspClient } from './lsp-client.js';

const TEMPLATE = `# [Project] Notes

**Status:** [Draft/Final]

## Summary

[Describe the project]
`;

const CONFIG = `templates:
  notes: templates/notes.md
documents:
  - files: "docs/**/*.md"
    template: notes
`;

const NOTES = `# Alpha Notes

**Status:** Draft

## Summary

Alpha sorts things.
`;

let workspace: string;
let client: LspClient;
let uri: string;

beforeAll(async () => {
  workspace = await makeTree({ '.guidelintrc.yaml': CONFIG, 'templates/notes.md': TEMPLATE, 'docs/alpha.md': NOTES });
  uri = pathToFileURL(join(workspace, 'docs', 'alpha.md')).href;
  client = startClient(builtCli(), workspace);
  await initialize(client, workspace);
}, 60_000);

afterAll(async () => {
  client.kill();
  await removeTree(workspace);
});

/** Sets the Status field's value (line 2, after `**Status:** `) of version `version`. */
function setStatus(version: number, status: string, previous: string): Promise<void> {
  const range = { start: { line: 2, character: 12 }, end: { line: 2, character: 12 + previous.length } };
  return client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text: status }] });
}

describe('guidelint lsp with the default debounce', () => {
  it('publishes each typed version', async () => {
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: NOTES } });
    expect(await client.nextDiagnostics(uri)).toEqual({ uri, version: 1, diagnostics: [] });
    await setStatus(2, 'Urgent', 'Draft');
    expect(await client.nextDiagnostics(uri)).toMatchObject({ version: 2, diagnostics: [{ code: 'field-value', range: { start: { line: 2 } } }] });
    await setStatus(3, 'Final', 'Urgent');
    expect(await client.nextDiagnostics(uri)).toEqual({ uri, version: 3, diagnostics: [] });
  });

  it('ends a burst of changes with the diagnostics of the last', async () => {
    const statuses = ['Final', 'A', 'B', 'C', 'Draft', 'Wrong'];
    for (let index = 1; index < statuses.length; index += 1) void setStatus(3 + index, statuses[index]!, statuses[index - 1]!);
    let published = await client.nextDiagnostics(uri);
    while (published.version !== 8) published = await client.nextDiagnostics(uri);
    expect(published.diagnostics).toMatchObject([{ code: 'field-value', message: expect.stringContaining('found "Wrong"') }]);
  });
});
