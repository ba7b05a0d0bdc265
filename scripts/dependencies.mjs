// Checks that package.json's runtime dependencies are what the shipped code imports: each one
// imported somewhere under src/, rules/ or bin/ (a type-only import counts: the published .d.ts
// files name it), and nothing imported there for its values that is not one (a devDependency
// would be missing from a user's install). `node scripts/dependencies.mjs`: prints each problem, exits 1 if any.
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const SHIPPED = ['src', 'rules', 'bin'];
/**
 * `import … from '…'` and `export … from '…'` (group 1: `type` when type-only), `import '…'`,
 * `import('…')`, `require('…')`; group 2 is the specifier.
 */
const SPECIFIER = /(?:\b(?:import|export)\s+(type\s)?[^;'"]*?\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)['"]([^'"]+)['"]/gu;

/** The package a bare specifier names: `yaml`, `@scope/name`, `markdown-it/lib/token.mjs` → `markdown-it`. */
export function packageOf(specifier) {
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:')) return null;
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
  return builtinModules.includes(name) ? null : name;
}

/** Package name → the shipped files that import it, and whether every import of it is type-only. */
export function importedPackages(folders = SHIPPED) {
  const imported = new Map();
  for (const folder of folders) {
    for (const entry of readdirSync(join(root, folder), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !/\.(?:ts|js|mjs)$/u.test(entry.name) || /\.test\.ts$/u.test(entry.name)) continue;
      const path = join(entry.parentPath, entry.name);
      const text = readFileSync(path, 'utf8').replace(/^\s*(?:\/\/|\*|\/\*).*$/gmu, '');
      for (const [, typeOnly, specifier] of text.matchAll(SPECIFIER)) {
        const name = packageOf(specifier);
        if (name === null) continue;
        const known = imported.get(name) ?? { files: [], typeOnly: true };
        imported.set(name, { files: [...known.files, path.slice(root.length + 1)], typeOnly: known.typeOnly && typeOnly !== undefined });
      }
    }
  }
  return imported;
}

/** What is wrong: runtime dependencies nothing imports, and imported packages that are not runtime dependencies. */
export function dependencyProblems(manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))) {
  const declared = Object.keys(manifest.dependencies ?? {});
  const imported = importedPackages();
  const problems = [];
  for (const name of declared) if (!imported.has(name)) problems.push(`unused runtime dependency: ${name} (nothing under ${SHIPPED.join(', ')} imports it)`);
  for (const [name, { files, typeOnly }] of imported) {
    // A type-only import is erased: its types may come from a devDependency (`@types/mdast` for `mdast`).
    if (!declared.includes(name) && !typeOnly) problems.push(`${name} is imported by ${files[0]} but is not a runtime dependency`);
  }
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const problems = dependencyProblems();
  for (const problem of problems) process.stderr.write(`dependencies: ${problem}\n`);
  process.exitCode = problems.length === 0 ? 0 : 1;
}
