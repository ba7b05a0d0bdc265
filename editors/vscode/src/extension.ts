/**
 * The VS Code extension: a thin language client that starts guidelint's language server
 * (`guidelint lsp`, bundled in the extension unless `guidelint.server.path` names another) for
 * Markdown files, passes the settings on, and restarts it when they change.
 */
import { workspace, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { DOCUMENT_SELECTOR, initializationOptions, readSettings, serverStart } from './settings.js';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  await start(context);
  context.subscriptions.push(
    workspace.onDidChangeConfiguration(async (event) => {
      if (!event.affectsConfiguration('guidelint') || event.affectsConfiguration('guidelint.trace')) return;
      await client?.stop();
      await start(context);
    }),
  );
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

async function start(context: ExtensionContext): Promise<void> {
  const configuration = workspace.getConfiguration('guidelint');
  const settings = readSettings((key) => configuration.get(key));
  const folder = workspace.workspaceFolders?.[0]?.uri.fsPath ?? null;
  const { module, args, options } = serverStart(context.extensionPath, settings, folder);
  const run = { module, args, options, transport: TransportKind.stdio };
  const serverOptions: ServerOptions = { run, debug: run };
  client = new LanguageClient('guidelint', 'guidelint', serverOptions, {
    documentSelector: DOCUMENT_SELECTOR,
    initializationOptions: initializationOptions(settings),
  });
  await client.start();
}
