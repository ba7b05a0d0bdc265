/**
 * The language server as an editor uses it: the built `guidelint lsp --stdio`, spawned, spoken to by
 * a real JSON-RPC client. Diagnostics on open and change, code actions applied, the config and the
 * template changed on disk and picked up without a restart.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, InitializeResult, TextEdit } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { builtCli } from '../built-cli.js';
import { addFiles, makeTree, removeTree } from '../files/tree.js';
import { diagnostic, startClient, type LspClient } from './lsp-client.js';

const TEMPLATE = `# [Project] Notes

**Status:** [Draft/Final]

## Summary

[Describe the project]

## Details

[Explain how it works]
`;

const CONFIG = `templates:
  notes: templates/notes.md
documents:
  - files: "docs/**/*.md"
    template: notes
`;

const ALPHA = `# Alpha Notes

**Status:** Urgent

## Summary

Alpha sorts things.
`;

let bin: string;
let workspace: string;
let client: LspClient;
const uri = (path: string): string => pathToFileURL(join(workspace, path)).href;

beforeAll(async () => {
  bin = builtCli();
  workspace = await makeTree({ '.guidelintrc.yaml': CONFIG, 'templates/notes.md': TEMPLATE, 'docs/alpha.md': ALPHA });
  client = startClient(bin, workspace);
}, 60_000);

afterAll(async () => {
  client.kill();
  await removeTree(workspace);
});

describe('guidelint lsp --stdio', () => {
  const alpha = (): string => uri('docs/alpha.md');
  let document = TextDocument.create('file:///unset', 'markdown', 1, '');

  it('initializes: incremental sync with save, quick fixes and fix-all, hover', async () => {
    const result = (await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(workspace).href,
      capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } },
      initializationOptions: { debounceMs: 20 },
    })) as InitializeResult;
    expect(result.capabilities).toEqual({
      textDocumentSync: { openClose: true, change: 2, save: { includeText: false } },
      codeActionProvider: { codeActionKinds: ['quickfix', 'source.fixAll.guidelint'] },
      hoverProvider: true,
    });
    expect(result.serverInfo?.name).toBe('guidelint');
    await client.connection.sendNotification('initialized', {});
  });

  it('publishes the findings of a document when it is opened', async () => {
    document = TextDocument.create(alpha(), 'markdown', 1, ALPHA);
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: alpha(), languageId: 'markdown', version: 1, text: ALPHA } });
    expect(await client.nextDiagnostics(alpha())).toEqual({
      uri: alpha(),
      version: 1,
      diagnostics: [
        diagnostic(2, 12, 18, 1, 'field-value', 'Field "Status" (notes) must be one of "Draft", "Final", found "Urgent"'),
        diagnostic(7, 0, 0, 1, 'required-section', 'Missing required section "## Details" (notes), expected after "## Summary"'),
      ],
    });
  });

  it('says on hover which template section a heading matches, and nothing off headings', async () => {
    const at = (line: number, character: number) =>
      client.connection.sendRequest('textDocument/hover', { textDocument: { uri: alpha() }, position: { line, character } });
    expect(await at(4, 5)).toEqual({
      contents: { kind: 'markdown', value: 'Matches `## Summary` of template `notes` (template line 5, required).' },
      range: { start: { line: 4, character: 0 }, end: { line: 4, character: 10 } },
    });
    expect(await at(0, 0)).toMatchObject({ contents: { value: 'The title of template `notes`: `# [Project] Notes` (template line 1).' } });
    expect(await at(6, 0)).toBeNull();
  });

  it('registers watchers for the config, ignore and template files', () => {
    expect(client.registrations).toEqual([
      {
        id: expect.any(String),
        method: 'workspace/didChangeWatchedFiles',
        registerOptions: {
          watchers: [
            {
              globPattern:
                '**/{.guidelintrc.json,.guidelintrc.yaml,.guidelintrc.yml,guidelint.config.js,guidelint.config.mjs,package.json,.gitignore,.guidelintignore}',
            },
            { globPattern: '**/*.{md,markdown}' },
          ],
        },
      },
    ]);
  });

  it('offers quick fixes for the findings in a range: the fix, then each suggestion', async () => {
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: alpha() },
      range: { start: { line: 2, character: 0 }, end: { line: 7, character: 0 } },
      context: { diagnostics: [] },
    })) as CodeAction[];
    expect(actions.map((action) => [action.title, action.kind, action.isPreferred ?? false])).toEqual([
      ['Set to "Draft"', 'quickfix', false],
      ['Set to "Final"', 'quickfix', false],
      ['Insert "## Details" from the template', 'quickfix', true],
      ['Fix all guidelint problems', 'source.fixAll.guidelint', false],
    ]);
    expect(actions[2]!.edit).toEqual({
      changes: { [alpha()]: [{ range: { start: { line: 7, character: 0 }, end: { line: 7, character: 0 } }, newText: '\n## Details\n\n[Explain how it works]\n' }] },
    });
  });

  it('lints the changed text once the edit is applied, down to what is left', async () => {
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: alpha() },
      range: { start: { line: 7, character: 0 }, end: { line: 7, character: 0 } },
      context: { diagnostics: [], only: ['quickfix'] },
    })) as CodeAction[];
    const edits = actions.find((action) => action.isPreferred)!.edit!.changes![alpha()]! as TextEdit[];
    const text = TextDocument.applyEdits(document, edits);
    document = TextDocument.update(document, [{ text }], 2);
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: alpha(), version: 2 }, contentChanges: [{ text }] });
    expect(await client.nextDiagnostics(alpha())).toEqual({
      uri: alpha(),
      version: 2,
      diagnostics: [
        diagnostic(2, 12, 18, 1, 'field-value', 'Field "Status" (notes) must be one of "Draft", "Final", found "Urgent"'),
        diagnostic(10, 0, 22, 1, 'placeholder', 'Placeholder "[Explain how it works]" left in from the template (notes)'),
      ],
    });
  });

  it('applies incremental changes', async () => {
    const change = { range: { start: { line: 2, character: 12 }, end: { line: 2, character: 18 } }, text: 'Final' };
    document = TextDocument.update(document, [change], 3);
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: alpha(), version: 3 }, contentChanges: [change] });
    expect(await client.nextDiagnostics(alpha())).toEqual({
      uri: alpha(),
      version: 3,
      diagnostics: [diagnostic(10, 0, 22, 1, 'placeholder', 'Placeholder "[Explain how it works]" left in from the template (notes)')],
    });
  });

  it('picks up a changed config without a restart', async () => {
    await addFiles(workspace, { '.guidelintrc.yaml': `${CONFIG}rules:\n  placeholder: warn\n` });
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('.guidelintrc.yaml'), type: 2 }] });
    expect(await client.nextDiagnostics(alpha())).toEqual({
      uri: alpha(),
      version: 3,
      diagnostics: [diagnostic(10, 0, 22, 2, 'placeholder', 'Placeholder "[Explain how it works]" left in from the template (notes)')],
    });
  });

  it('picks up a template saved in the editor', async () => {
    const template = uri('templates/notes.md');
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: template, languageId: 'markdown', version: 1, text: TEMPLATE } });
    expect(await client.nextDiagnostics(template)).toEqual({ uri: template, version: 1, diagnostics: [] });
    writeFileSync(join(workspace, 'templates/notes.md'), `${TEMPLATE}\n## Risks\n\n[Risks]\n`);
    await client.connection.sendNotification('textDocument/didSave', { textDocument: { uri: template } });
    expect(await client.nextDiagnostics(alpha())).toEqual({
      uri: alpha(),
      version: 3,
      diagnostics: [
        diagnostic(10, 0, 22, 2, 'placeholder', 'Placeholder "[Explain how it works]" left in from the template (notes)'),
        diagnostic(11, 0, 0, 1, 'required-section', 'Missing required section "## Risks" (notes), expected after "## Details"'),
      ],
    });
  });

  it('picks up a template changed on disk, from the watched-files notification alone', async () => {
    writeFileSync(join(workspace, 'templates/notes.md'), TEMPLATE);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('templates/notes.md'), type: 2 }] });
    expect(await client.nextDiagnostics(alpha())).toEqual({
      uri: alpha(),
      version: 3,
      diagnostics: [diagnostic(10, 0, 22, 2, 'placeholder', 'Placeholder "[Explain how it works]" left in from the template (notes)')],
    });
  });

  it('picks up a config created in a folder above the document, which extends the repository\'s', async () => {
    await addFiles(workspace, { 'docs/.guidelintrc.yaml': 'rules:\n  placeholder: error\n' });
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('docs/.guidelintrc.yaml'), type: 1 }] });
    expect(await client.nextDiagnostics(alpha())).toEqual({
      uri: alpha(),
      version: 3,
      diagnostics: [diagnostic(10, 0, 22, 1, 'placeholder', 'Placeholder "[Explain how it works]" left in from the template (notes)')],
    });
  });

  it('gives a document that follows no template no diagnostics', async () => {
    const other = uri('notes/other.md');
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: other, languageId: 'markdown', version: 1, text: '# Other\n' } });
    expect(await client.nextDiagnostics(other)).toEqual({ uri: other, version: 1, diagnostics: [] });
  });

  it('clears the diagnostics of a closed document', async () => {
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: alpha() } });
    expect(await client.nextDiagnostics(alpha())).toEqual({ uri: alpha(), diagnostics: [] });
  });

  it('exits with 0 after shutdown and exit', async () => {
    await client.connection.sendRequest('shutdown');
    await client.connection.sendNotification('exit');
    expect(await client.exited).toBe(0);
    expect(client.stderr()).toBe('');
  });
});

describe('guidelint lsp --stdio, for a client that cannot watch files', () => {
  it('registers no watcher, and picks up a config changed on disk when the document changes next', async () => {
    const plain = startClient(bin, workspace);
    try {
      await plain.connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(workspace).href, capabilities: {}, initializationOptions: { debounceMs: 0 } });
      await plain.connection.sendNotification('initialized', {});
      const beta = uri('docs/beta.md');
      writeFileSync(join(workspace, 'docs/.guidelintrc.yaml'), 'rules: {}\n');
      await plain.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: beta, languageId: 'markdown', version: 1, text: ALPHA } });
      expect((await plain.nextDiagnostics(beta)).diagnostics.map((found) => found.code)).toEqual(['field-value', 'required-section']);
      writeFileSync(join(workspace, 'docs/.guidelintrc.yaml'), 'rules:\n  field-value: off\n');
      // A modification time the server cannot have seen, however coarse the file system's clock.
      utimesSync(join(workspace, 'docs/.guidelintrc.yaml'), new Date(), new Date(Date.now() + 60_000));
      await plain.connection.sendNotification('textDocument/didChange', { textDocument: { uri: beta, version: 2 }, contentChanges: [{ text: ALPHA }] });
      expect((await plain.nextDiagnostics(beta)).diagnostics.map((found) => found.code)).toEqual(['required-section']);
      expect(plain.registrations).toEqual([]);
    } finally {
      plain.kill();
    }
  });
});
