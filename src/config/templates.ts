/**
 * How a template is named: by a configured name, by the name of a built-in one (shipped in the
 * package's templates/ folder), or by a path to its file.
 */

import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { packageRoot } from './package-root.js';
import type { GuidelintConfig } from './types.js';

export const BUILTIN_TEMPLATES = [
  'implementation-guide',
  'phased-guide',
  'design-doc',
  'implementation-spec',
  'task-guide',
] as const;

export type BuiltinTemplateName = (typeof BUILTIN_TEMPLATES)[number];

export function isBuiltinTemplate(name: string): name is BuiltinTemplateName {
  return (BUILTIN_TEMPLATES as readonly string[]).includes(name);
}

/** Absolute path of a built-in template's Markdown file. */
export function builtinTemplatePath(name: BuiltinTemplateName): string {
  return join(packageRoot(), 'templates', `${name}.md`);
}

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
