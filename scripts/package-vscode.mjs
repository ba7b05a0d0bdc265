// Packages the VS Code extension (editors/vscode) as a .vsix with @vscode/vsce. The client is
// bundled with esbuild (vscode-languageclient inside it, `vscode` left to VS Code); guidelint's
// bundled CLI goes in as `server/` (bin, dist/cli, templates, schema, docs/rules and a package.json
// with what the server reads of it), so the extension needs no install step of its own.
// `node scripts/package-vscode.mjs [out.vsix] [guidelint package root]`: by default
// dist/guidelint-<version>.vsix from this repository's build (run `npm run build` first).
import { createVSIX } from '@vscode/vsce';
import { build } from 'esbuild';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const extension = join(root, 'editors', 'vscode');
const manifest = JSON.parse(readFileSync(join(extension, 'package.json'), 'utf8'));
const out = resolve(process.argv[2] ?? join(root, 'dist', `guidelint-${manifest.version}.vsix`));
const guidelint = resolve(process.argv[3] ?? root);

const cli = join(guidelint, 'dist', 'cli', 'main.js');
if (!existsSync(cli)) {
  process.stderr.write(`package-vscode: ${cli} is missing (run npm run build)\n`);
  process.exit(2);
}

const stage = mkdtempSync(join(tmpdir(), 'guidelint-vscode-'));
try {
  for (const file of ['package.json', 'README.md', '.vscodeignore']) cpSync(join(extension, file), join(stage, file));
  cpSync(join(root, 'LICENSE'), join(stage, 'LICENSE'));
  await build({
    absWorkingDir: root,
    entryPoints: [join(extension, 'src', 'extension.ts')],
    outfile: join(stage, 'dist', 'extension.js'),
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    external: ['vscode'],
    logLevel: 'warning',
  });
  const server = join(stage, 'server');
  for (const part of ['bin', join('dist', 'cli'), 'templates', 'schema', join('docs', 'rules')]) {
    cpSync(join(guidelint, part), join(server, part), { recursive: true, dereference: true });
  }
  const { name, version, type, license, repository, homepage } = JSON.parse(readFileSync(join(guidelint, 'package.json'), 'utf8'));
  writeFileSync(join(server, 'package.json'), `${JSON.stringify({ name, version, type, license, repository, homepage }, null, 2)}\n`);
  mkdirSync(dirname(out), { recursive: true });
  // Everything the extension runs is bundled above: vsce need not list node_modules.
  await createVSIX({ cwd: stage, packagePath: out, dependencies: false });
} finally {
  rmSync(stage, { recursive: true, force: true });
}
