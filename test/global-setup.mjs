/**
 * Builds the package once for the whole run, for the test files that run the CLI, the language
 * server or the remark preset as users do (a build costs seconds; a dozen files use it): the
 * current sources built into a temporary folder, so no test depends on a stale dist/ nor disturbs
 * the checkout's. Files are transpiled one by one by swc, as jest's transform does (type checking is
 * `npm test`'s `tsc --noEmit`). Plain JavaScript: jest loads it outside its module
 * mapping. test/built-cli.ts hands the result to the tests; global-teardown.mjs removes it, with
 * the code cache the runs leave.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from '@swc/core';

/** Where the tests find the built bin/guidelint.js (jest starts its workers after this, with its environment). */
export const BUILT_CLI = 'GUIDELINT_TEST_BUILT_CLI';

const project = fileURLToPath(new URL('../', import.meta.url));

export default function globalSetup() {
  const root = join(mkdtempSync(join(tmpdir(), 'guidelint-test-build-')), 'package');
  for (const folder of ['src', 'rules']) {
    for (const file of typeScriptFiles(join(project, folder))) {
      const { code } = transformSync(readFileSync(file, 'utf8'), {
        filename: file,
        jsc: { parser: { syntax: 'typescript' }, target: 'es2022', transform: { verbatimModuleSyntax: true } },
        module: { type: 'es6' },
      });
      const target = join(root, 'dist', relative(project, file)).replace(/\.ts$/, '.js');
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, code);
    }
  }
  execFileSync(process.execPath, [join(project, 'scripts', 'bundle.mjs'), join(root, 'dist', 'cli')], { cwd: project });
  for (const shared of ['package.json', 'node_modules', 'templates', 'schema', 'docs']) {
    symlinkSync(join(project, shared), join(root, shared));
  }
  execFileSync(process.execPath, [join(project, 'scripts', 'precompile-templates.mjs'), root], { cwd: project });
  mkdirSync(join(root, 'bin'));
  for (const file of ['guidelint.js', 'package.json']) copyFileSync(join(project, 'bin', file), join(root, 'bin', file));
  process.env[BUILT_CLI] = join(root, 'bin', 'guidelint.js');
  // The runs' V8 code cache goes beside the package, and away with it: a test run leaves nothing in
  // the user's own cache folder. (test/startup/code-cache.test.ts sets its own.)
  process.env.NODE_COMPILE_CACHE = join(dirname(root), 'compile-cache');
}

function typeScriptFiles(folder) {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}
