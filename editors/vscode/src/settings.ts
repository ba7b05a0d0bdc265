/**
 * What the extension makes of its settings (`guidelint.*`), apart from VS Code: which guidelint
 * runs as the language server, with which arguments, from which folder, and what it is told at
 * start-up. extension.ts hands these to vscode-languageclient.
 */
import { isAbsolute, join, resolve } from 'node:path';

export interface GuidelintSettings {
  /** `guidelint.server.path`: a guidelint `bin/guidelint.js`; null for the bundled one. */
  serverPath: string | null;
  /** `guidelint.debounceMs`: a fixed quiet time after a change; null for the server's adaptive default. */
  debounceMs: number | null;
}

/** Reads the settings through `get` (VS Code's `getConfiguration('guidelint').get`); a value of the wrong type is left out. */
export function readSettings(get: (key: string) => unknown): GuidelintSettings {
  const serverPath = get('server.path');
  const debounceMs = get('debounceMs');
  return {
    serverPath: typeof serverPath === 'string' && serverPath.trim() !== '' ? serverPath.trim() : null,
    debounceMs: typeof debounceMs === 'number' && Number.isFinite(debounceMs) && debounceMs >= 0 ? debounceMs : null,
  };
}

/** The keys `readSettings` reads, under `guidelint.` (the manifest declares each, and `trace.server`). */
export const SETTING_KEYS = ['server.path', 'debounceMs'] as const;

/** The guidelint shipped inside the extension: `server/` holds the package's bundled CLI. */
export function bundledServer(extensionPath: string): string {
  return join(extensionPath, 'server', 'bin', 'guidelint.js');
}

/**
 * How to start the server: `node <module> lsp` (vscode-languageclient adds `--stdio`), from the
 * workspace folder, which the server's config search starts from.
 */
export function serverStart(extensionPath: string, settings: GuidelintSettings, workspaceFolder: string | null) {
  const base = workspaceFolder ?? extensionPath;
  const module = settings.serverPath === null ? bundledServer(extensionPath) : isAbsolute(settings.serverPath) ? settings.serverPath : resolve(base, settings.serverPath);
  return { module, args: ['lsp'], options: { cwd: base } };
}

/** What the server reads from `initializationOptions` (src/lsp/server.ts). */
export function initializationOptions(settings: GuidelintSettings): { debounceMs?: number } {
  return settings.debounceMs === null ? {} : { debounceMs: settings.debounceMs };
}

/** The documents the server is given: Markdown files on disk (the server checks files as the CLI does). */
export const DOCUMENT_SELECTOR = [{ scheme: 'file', language: 'markdown' }];
