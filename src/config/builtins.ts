/** The templates shipped in the package's templates/ folder, by name. */

import { join } from 'node:path';
import { packageRoot } from './package-root.js';

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
