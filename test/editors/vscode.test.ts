/**
 * The VS Code extension (editors/vscode) as scripts/package-vscode.mjs packages it with
 * @vscode/vsce: the .vsix holds the manifest, the bundled client (which needs only `vscode` from
 * its host) and guidelint's bundled server; the server starts from inside the unpacked .vsix as
 * the client starts it, with the settings passed on, and publishes diagnostics. No VS Code needed.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { inflateRawSync } from 'node:zlib';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type PublishDiagnosticsParams } from 'vscode-languageserver/node';
import { bundledServer, initializationOptions, readSettings, serverStart, SETTING_KEYS } from '../../editors/vscode/src/settings.js';
import { builtCli } from '../built-cli.js';

const project = fileURLToPath(new URL('../../', import.meta.url));
const source = JSON.parse(readFileSync(join(project, 'editors', 'vscode', 'package.json'), 'utf8')) as Manifest;
const root = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };

interface Manifest {
  main: string;
  engines: { vscode: string };
  activationEvents: string[];
  contributes: { configuration: { properties: Record<string, { type: string }> } };
  devDependencies: Record<string, string>;
}

/** The files of a zip archive (stored or deflated), by path: what VS Code unpacks a .vsix into. */
function unzip(archive: Buffer): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const end = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let entry = archive.readUInt32LE(end + 16);
  for (let count = archive.readUInt16LE(end + 10); count > 0; count -= 1) {
    const method = archive.readUInt16LE(entry + 10);
    const size = archive.readUInt32LE(entry + 20);
    const nameLength = archive.readUInt16LE(entry + 28);
    const name = archive.toString('utf8', entry + 46, entry + 46 + nameLength);
    const local = archive.readUInt32LE(entry + 42);
    const data = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
    const bytes = archive.subarray(data, data + size);
    files.set(name, method === 8 ? inflateRawSync(bytes) : Buffer.from(bytes));
    entry += 46 + nameLength + archive.readUInt16LE(entry + 30) + archive.readUInt16LE(entry + 32);
  }
  return files;
}

let temp: string;
let files: Map<string, Buffer>;
let extensionPath: string;

beforeAll(() => {
  temp = mkdtempSync(join(tmpdir(), 'guidelint-vscode-test-'));
  const bin = builtCli();
  const vsix = join(temp, 'guidelint.vsix');
  execFileSync(process.execPath, [join(project, 'scripts', 'package-vscode.mjs'), vsix, dirname(dirname(bin))], { cwd: project, stdio: 'pipe' });
  files = unzip(readFileSync(vsix));
  for (const [name, bytes] of files) {
    mkdirSync(dirname(join(temp, 'unpacked', name)), { recursive: true });
    writeFileSync(join(temp, 'unpacked', name), bytes);
  }
  extensionPath = join(temp, 'unpacked', 'extension');
}, 120_000);

afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('the VS Code extension package', () => {
  it('holds the manifest, the client it names as main, guidelint\'s server and a licence', () => {
    expect(JSON.parse(files.get('extension/package.json')!.toString())).toEqual(source);
    expect(files.has(`extension/${source.main.replace(/^\.\//u, '')}`)).toBe(true);
    expect(existsSync(bundledServer(extensionPath))).toBe(true);
    for (const name of ['extension/server/templates/design-doc.md', 'extension/server/docs/rules/placeholder.md', 'extension/LICENSE.txt', 'extension/readme.md']) {
      expect(files.has(name)).toBe(true);
    }
    expect([...files.keys()].filter((name) => name.includes('/src/') || name.includes('node_modules'))).toEqual([]);
  });

  it('declares the settings the client reads, starts on Markdown, and builds with the root\'s versions', () => {
    const properties = Object.keys(source.contributes.configuration.properties).sort();
    expect(properties).toEqual([...SETTING_KEYS.map((key) => `guidelint.${key}`), 'guidelint.trace.server'].sort());
    expect(source.activationEvents).toEqual(['onLanguage:markdown']);
    const client = JSON.parse(readFileSync(join(project, 'node_modules', 'vscode-languageclient', 'package.json'), 'utf8')) as { engines: { vscode: string } };
    expect(source.engines.vscode).toBe(client.engines.vscode);
    for (const [name, version] of Object.entries(source.devDependencies)) expect(root.devDependencies[name]).toBe(version);
  });

  it('bundles the client: it requires nothing but vscode and Node\'s own modules', () => {
    const bundle = files.get(`extension/${source.main.replace(/^\.\//u, '')}`)!.toString();
    const required = new Set([...bundle.matchAll(/\brequire\("([^"]+)"\)/gu)].map((match) => match[1]!.replace(/^node:/u, '')));
    expect([...required].filter((name) => name !== 'vscode' && !builtinModules.includes(name))).toEqual([]);
    expect(required.has('vscode')).toBe(true);
  });
});

describe('the extension\'s settings', () => {
  it('choose the server: the bundled one, or guidelint.server.path from the workspace folder', () => {
    const none = readSettings(() => undefined);
    expect(serverStart('/ext', none, '/work/repo')).toEqual({ module: '/ext/server/bin/guidelint.js', args: ['lsp'], options: { cwd: '/work/repo' } });
    const own = readSettings((key) => (key === 'server.path' ? 'node_modules/guidelint/bin/guidelint.js' : undefined));
    expect(serverStart('/ext', own, '/work/repo').module).toBe('/work/repo/node_modules/guidelint/bin/guidelint.js');
    expect(serverStart('/ext', readSettings(() => '/opt/guidelint/bin/guidelint.js'), null).module).toBe('/opt/guidelint/bin/guidelint.js');
  });

  it('pass guidelint.debounceMs on as the server\'s initializationOptions, and leave out a wrong value', () => {
    expect(initializationOptions(readSettings((key) => (key === 'debounceMs' ? 0 : undefined)))).toEqual({ debounceMs: 0 });
    expect(initializationOptions(readSettings((key) => (key === 'debounceMs' ? -5 : undefined)))).toEqual({});
    expect(initializationOptions(readSettings(() => 'fast'))).toEqual({});
  });
});

describe('the packaged server', () => {
  it('starts as the client starts it, takes the settings, and publishes diagnostics for a document', async () => {
    const workspace = join(temp, 'workspace');
    mkdirSync(join(workspace, 'docs'), { recursive: true });
    writeFileSync(join(workspace, '.guidelintrc.yaml'), 'documents:\n  - files: "docs/**/*.md"\n    template: design-doc\n');
    const settings = readSettings((key) => (key === 'debounceMs' ? 0 : undefined));
    const { module, args, options } = serverStart(extensionPath, settings, workspace);
    // vscode-languageclient runs the module with Node and adds --stdio for the stdio transport.
    const server = spawn(process.execPath, [module, ...args, '--stdio'], { ...options, env: { ...process.env, NODE_OPTIONS: '' } });
    const connection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
    const uri = pathToFileURL(join(workspace, 'docs', 'feature.md')).href;
    const published = new Promise<PublishDiagnosticsParams>((resolve) => {
      connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
        if (params.uri === uri) resolve(params);
      });
    });
    connection.listen();
    try {
      const result = (await connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri: pathToFileURL(workspace).href,
        capabilities: {},
        initializationOptions: initializationOptions(settings),
      })) as { serverInfo: { name: string } };
      expect(result.serverInfo.name).toBe('guidelint');
      await connection.sendNotification('initialized', {});
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: '# Feature\n\nNothing yet.\n' } });
      const { diagnostics } = await published;
      expect(diagnostics.length).toBeGreaterThan(0);
      expect(new Set(diagnostics.map((diagnostic) => diagnostic.source))).toEqual(new Set(['guidelint']));
      expect(diagnostics.map((diagnostic) => diagnostic.code)).toContain('required-section');
    } finally {
      connection.dispose();
      server.kill();
    }
  }, 60_000);
});
