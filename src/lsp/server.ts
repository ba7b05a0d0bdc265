/**
 * `guidelint lsp`: the language server. Diagnostics on open, on change (at once while the document
 * lints faster than the user types, else once typing pauses: lint-scheduler.ts;
 * `initializationOptions.debounceMs` sets a fixed quiet time instead) and on save; quick fixes from the findings' fixes
 * and suggestions; "fix all"; on hover, which template section a heading matches. A change to a
 * config, ignore or template file (watched through `workspace/didChangeWatchedFiles`, or saved in
 * the editor) drops what the server had read and lints every open document again. A document that
 * follows no template gets no diagnostics.
 */
import { fileURLToPath } from 'node:url';
import {
  CodeActionKind,
  createConnection,
  DidChangeWatchedFilesNotification,
  MarkupKind,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type Hover,
  type InitializeParams,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILE_NAMES } from '../config/load.js';
import { packageVersion } from '../config/package-root.js';
import { IGNORE_FILE_NAMES } from '../files/ignore.js';
import { placeOfSpan } from '../lint/positions.js';
import type { Finding } from '../lint/types.js';
import { matchOutline } from '../match/match-outline.js';
import type { Outline } from '../outline/types.js';
import type { GuideSchema } from '../template/schema.js';
import { codeActions, FIX_ALL_KIND } from './code-actions.js';
import { rangeOf, toDiagnostic } from './diagnostics.js';
import { DocumentLinter } from './document-linter.js';
import { headingHover } from './hover.js';
import { ADAPTIVE_MAX_DELAY_MS, LintScheduler, type DebounceSetting } from './lint-scheduler.js';
import { MessageFraming } from './message-framing.js';

/** What the client may set in `initializationOptions`. */
interface InitializationOptions {
  /** A fixed quiet time after a change before the document is linted (0: at every change); unset: adaptive. */
  debounceMs?: number;
}

const ADAPTIVE: DebounceSetting = { kind: 'adaptive', maxDelayMs: ADAPTIVE_MAX_DELAY_MS };

/** The last findings published for a document, with what produced them. */
interface Published {
  version: number;
  findings: Finding[];
  lint: ((text: string) => Finding[]) | null;
  outline: Outline | null;
  schema: GuideSchema | null;
}

/**
 * Serves over standard input and output until the client says `exit` or goes away, which ends the
 * process (the returned promise never settles). Badly framed input is dropped, not fatal.
 */
export function runLanguageServer(): Promise<number> {
  const input = process.stdin.pipe(
    new MessageFraming((bytes) => process.stderr.write(`guidelint lsp: dropped ${bytes} bytes of badly framed input\n`)),
  );
  startLanguageServer(createConnection(ProposedFeatures.all, input, process.stdout));
  return new Promise(() => {});
}

export function startLanguageServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const published = new Map<string, Published>();
  /** The version of each document last sent to be linted. */
  const requested = new Map<string, number>();
  let linter = new DocumentLinter(process.cwd());
  let scheduler = new LintScheduler(ADAPTIVE);
  let watchesFiles = false;

  const lintNow = async (document: TextDocument): Promise<void> => {
    const { uri, version } = document;
    const text = document.getText();
    requested.set(uri, version);
    const filePath = filePathOf(uri);
    if (filePath === null) return;
    // A config or template changed behind the client's back (not every client watches files).
    if (await linter.refresh()) {
      lintAll();
      return;
    }
    const { generation } = linter;
    const result = await linter.lint(filePath, text);
    // A newer version, or a config or template change, came in while this one was linted.
    if (documents.get(uri)?.version !== version || linter.generation !== generation) return;
    published.set(uri, { version, findings: result.findings, lint: result.lint, outline: result.outline, schema: result.schema });
    await connection.sendDiagnostics({ uri, version, diagnostics: result.findings.map(toDiagnostic) });
  };
  const lintTask = (document: TextDocument) => (): Promise<void> =>
    lintNow(document).catch((error: unknown) => connection.console.error(`guidelint: ${describe(error)}`));
  const lint = (document: TextDocument): void => scheduler.now(document.uri, lintTask(document));
  const lintAll = (): void => {
    for (const document of documents.all()) lint(document);
  };
  /** A config, ignore or template file changed: read everything again. */
  const reload = (): void => {
    linter.invalidate();
    lintAll();
  };

  connection.onInitialize(async (params: InitializeParams) => {
    const options = (params.initializationOptions ?? {}) as InitializationOptions;
    if (typeof options.debounceMs === 'number' && options.debounceMs >= 0) scheduler = new LintScheduler({ kind: 'fixed', delayMs: options.debounceMs });
    const root = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
    linter = new DocumentLinter((root ? filePathOf(root) : null) ?? process.cwd());
    watchesFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    // While the client waits for the server to start, rather than on the first document.
    await linter.prepare();
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
      },
      serverInfo: { name: 'guidelint', version: packageVersion() },
    };
  });
  connection.onInitialized(() => {
    if (!watchesFiles) return;
    const settings = [...CONFIG_FILE_NAMES, 'package.json', ...IGNORE_FILE_NAMES].join(',');
    connection.client
      .register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: `**/{${settings}}` }, { globPattern: '**/*.{md,markdown}' }],
      })
      .catch((error: unknown) => connection.console.error(`guidelint: cannot watch the config files: ${describe(error)}`));
  });
  connection.onDidChangeWatchedFiles(({ changes }) => {
    if (changes.some((change) => affects(linter, change.uri))) reload();
  });

  documents.onDidOpen(({ document }) => lint(document));
  documents.onDidChangeContent(({ document }) => {
    // Opening a document changes its content too: onDidOpen lints it already.
    if (document.version === requested.get(document.uri)) return;
    scheduler.changed(document.uri, lintTask(document));
  });
  documents.onDidSave(({ document }) => {
    if (affects(linter, document.uri)) reload();
    else lint(document);
  });
  documents.onDidClose(({ document }) => {
    scheduler.forget(document.uri);
    published.delete(document.uri);
    requested.delete(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.onCodeAction(({ textDocument, range, context }) => {
    const document = documents.get(textDocument.uri);
    const last = published.get(textDocument.uri);
    if (!document || !last || last.version !== document.version) return [];
    return codeActions({ document, findings: last.findings, lint: last.lint, range, ...(context.only ? { only: context.only } : {}) });
  });

  connection.onHover(({ textDocument, position }): Hover | null => {
    const document = documents.get(textDocument.uri);
    const last = published.get(textDocument.uri);
    if (!document || !last || last.version !== document.version || !last.outline || !last.schema) return null;
    const hover = headingHover(matchOutline(last.outline, last.schema), position.line + 1);
    if (hover === null) return null;
    return { contents: { kind: MarkupKind.Markdown, value: hover.text }, range: rangeOf(placeOfSpan(hover.span)) };
  });

  documents.listen(connection);
  connection.listen();
}

/** The path of a `file:` URI; null for other schemes (an unsaved buffer has no folder, so no config). */
function filePathOf(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

function affects(linter: DocumentLinter, uri: string): boolean {
  const filePath = filePathOf(uri);
  return filePath !== null && linter.affectsFindings(filePath);
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
