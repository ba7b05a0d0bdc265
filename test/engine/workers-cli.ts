/**
 * The CLI as users run it, for tests that need real worker threads (under ts-jest the engine lints
 * in its own thread): the current sources built into a temporary copy of the package (the bundle
 * bin/guidelint.js runs with the built-in templates precompiled, and dist/src for the library), so the test never depends on a stale dist/
 * nor disturbs the one in the checkout. Type checking is `npm test`'s `tsc --noEmit`; transpiling
 * file by file is what `tsc` emits under isolatedModules.
 */
import { execFile, execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const project = fileURLToPath(new URL('../../', import.meta.url));

/** Builds the package under `root`; returns the path of its `bin/guidelint.js`. */
export function buildCli(root: string): string {
  for (const folder of ['src', 'rules']) {
    for (const file of typeScriptFiles(join(project, folder))) {
      const { outputText } = ts.transpileModule(readFileSync(file, 'utf8'), {
        fileName: file,
        compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true },
      });
      const target = join(root, 'dist', relative(project, file)).replace(/\.ts$/, '.js');
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, outputText);
    }
  }
  execFileSync(process.execPath, [join(project, 'scripts', 'bundle.mjs'), join(root, 'dist', 'cli')], { cwd: project });
  for (const shared of ['package.json', 'node_modules', 'templates', 'schema', 'docs']) {
    symlinkSync(join(project, shared), join(root, shared));
  }
  execFileSync(process.execPath, [join(project, 'scripts', 'precompile-templates.mjs'), root], { cwd: project });
  mkdirSync(join(root, 'bin'));
  copyFileSync(join(project, 'bin', 'guidelint.js'), join(root, 'bin', 'guidelint.js'));
  return join(root, 'bin', 'guidelint.js');
}

function typeScriptFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

export interface ProcessRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `node bin args` in `cwd`; resolves with its exit code and output whatever the code. */
export function runNode(bin: string, args: readonly string[], cwd: string): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [bin, ...args], { cwd, env: { ...process.env, NODE_OPTIONS: '' } }, (error, stdout, stderr) => {
      const code = error === null ? 0 : error.code;
      if (typeof code !== 'number') reject(error);
      else resolve({ code, stdout, stderr });
    });
  });
}
