/** How a template is named: by a configured or built-in name, or by a path to its file. */

import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { BUILTIN_TEMPLATES } from './builtins.js';
import type { GuidelintConfig } from './types.js';

export type TemplateRef = { kind: 'path'; path: string } | { kind: 'name'; name: string };

/** A reference with a folder separator or a Markdown extension is a path, never a name. */
export function looksLikeTemplatePath(ref: string): boolean {
  return /[\\/]/.test(ref) || /\.(?:md|markdown)$/i.test(ref);
}

/**
 * Reads a reference relative to `baseDir`. A name that is also an existing file is read as the
 * path (DESIGN §4), so `isFile` is consulted for bare names too.
 */
export function parseTemplateRef(ref: string, baseDir: string, isFile: (path: string) => boolean): TemplateRef {
  const path = resolve(baseDir, ref);
  return looksLikeTemplatePath(ref) || isFile(path) ? { kind: 'path', path } : { kind: 'name', name: ref };
}

/** The names a reference may use: the config's templates first, then the built-ins they do not shadow. */
export function knownTemplateNames(config: Pick<GuidelintConfig, 'templates'>): string[] {
  const configured = Object.keys(config.templates);
  return [...configured, ...BUILTIN_TEMPLATES.filter((name) => !configured.includes(name))];
}

export function unknownTemplateMessage(name: string, config: Pick<GuidelintConfig, 'templates'>): string {
  return `unknown template "${name}" (known: ${knownTemplateNames(config).join(', ')})`;
}

export function isFile(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
}
