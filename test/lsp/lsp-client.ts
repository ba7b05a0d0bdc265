/**
 * A language client for tests: `guidelint lsp --stdio` of the built package, spawned as an editor
 * spawns it, spoken to over JSON-RPC on its standard input and output.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type MessageConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver/node';

export interface LspClient {
  connection: MessageConnection;
  /** The watchers the server registered (`client/registerCapability`). */
  registrations: unknown[];
  /** Resolves with the next diagnostics published for `uri` (those already received first). */
  nextDiagnostics(uri: string): Promise<PublishDiagnosticsParams>;
  /** Resolves with the process's exit code. */
  exited: Promise<number | null>;
  /** Everything the server wrote on stderr. */
  stderr(): string;
  /** Writes bytes to the server's input as they are, around the client's own messages. */
  writeRaw(bytes: string): void;
  kill(): void;
}

export function startClient(bin: string, cwd: string): LspClient {
  const child: ChildProcess = spawn(process.execPath, [bin, 'lsp', '--stdio'], { cwd, env: { ...process.env, NODE_OPTIONS: '' } });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const received = new Map<string, PublishDiagnosticsParams[]>();
  const waiting = new Map<string, Array<(params: PublishDiagnosticsParams) => void>>();
  const registrations: unknown[] = [];
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    const waiter = waiting.get(params.uri)?.shift();
    if (waiter) waiter(params);
    else received.set(params.uri, [...(received.get(params.uri) ?? []), params]);
  });
  connection.onRequest('client/registerCapability', (params: { registrations: unknown[] }) => {
    registrations.push(...params.registrations);
    return null;
  });
  connection.onNotification('window/logMessage', () => undefined);
  connection.listen();
  return {
    connection,
    registrations,
    nextDiagnostics(uri) {
      const queued = received.get(uri)?.shift();
      if (queued) return Promise.resolve(queued);
      return new Promise((resolve) => waiting.set(uri, [...(waiting.get(uri) ?? []), resolve]));
    },
    exited,
    stderr: () => stderr,
    writeRaw: (bytes) => child.stdin!.write(bytes),
    kill: () => child.kill(),
  };
}

/** The handshake an editor opens with: `initialize` for the workspace at `root`, then `initialized`. */
export async function initialize(client: LspClient, root: string, initializationOptions?: Record<string, unknown>): Promise<void> {
  await client.connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(root).href,
    capabilities: {},
    ...(initializationOptions === undefined ? {} : { initializationOptions }),
  });
  await client.connection.sendNotification('initialized', {});
}

/** A diagnostic as the server sends it: 0-based range, rule id as code linked to the rule's page, source guidelint. */
export function diagnostic(
  line: number,
  character: number,
  endCharacter: number,
  severity: 1 | 2,
  code: string,
  message: string,
): Diagnostic {
  return {
    range: { start: { line, character }, end: { line, character: endCharacter } },
    severity,
    code,
    codeDescription: { href: `https://github.com/guidelint/guidelint/blob/main/docs/rules/${code}.md` },
    source: 'guidelint',
    message,
  };
}
