/**
 * The editor gives the metadata findings `guidelint check` gives (issue 13: one implementation):
 * the built `guidelint lsp --stdio`, spoken to by a real client, on the XIP config case
 * (fixtures/config/xip: `fields` with `requiredIf`/`allowedIf`, `unknown-field`, `field-order`,
 * `when:` severities), publishes exactly its `expected.findings`, which test/config-fixtures.test.ts
 * checks the CLI gives.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver/node';
import { builtCli } from '../built-cli.js';
import { initialize, startClient, type LspClient } from './lsp-client.js';

const xip = fileURLToPath(new URL('../../fixtures/config/xip/', import.meta.url));
const expected = readFileSync(join(xip, 'expected.findings'), 'utf8').trimEnd().split('\n');

let workspace: string;
let client: LspClient;

beforeAll(async () => {
  workspace = mkdtempSync(join(tmpdir(), 'guidelint-xip-'));
  cpSync(xip, workspace, { recursive: true });
  client = startClient(builtCli(), workspace);
  await initialize(client, workspace);
}, 60_000);

afterAll(async () => {
  await client.connection.sendRequest('shutdown');
  await client.connection.sendNotification('exit');
  await client.exited;
  rmSync(workspace, { recursive: true, force: true });
});

/** A diagnostic as expected.findings writes a finding: `<file>:<line>:<column> <error|warn> <rule-id> <message>`. */
function asFinding(file: string, diagnostic: Diagnostic): string {
  const { line, character } = diagnostic.range.start;
  return `${file}:${line + 1}:${character + 1} ${diagnostic.severity === 1 ? 'error' : 'warn'} ${String(diagnostic.code)} ${diagnostic.message}`;
}

describe('guidelint lsp --stdio on the XIP case', () => {
  it('publishes the field findings the CLI gives: unknown-field, field-order, requiredIf, allowedIf, when', async () => {
    const published: string[] = [];
    for (const name of readdirSync(join(workspace, 'xips')).sort()) {
      const file = `xips/${name}`;
      const uri = pathToFileURL(join(workspace, file)).href;
      const text = readFileSync(join(workspace, file), 'utf8');
      await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
      const { diagnostics } = await client.nextDiagnostics(uri);
      published.push(...diagnostics.map((diagnostic) => asFinding(file, diagnostic)));
    }
    expect(published).toEqual(expected);
    expect(published.map((line) => line.split(' ')[2])).toEqual(expect.arrayContaining(['unknown-field', 'field-order', 'required-field', 'field-value']));
  });
});
