// Bundles the CLI for start-up speed: a one-file run (the pre-commit case) otherwise spends most
// of its time resolving and loading ~200 modules. `bin/guidelint.js` runs dist/cli/main.js; the
// worker script and each lazily imported part (commands, formatters, the language server, remark)
// become chunks of their own, loaded only when used. dist/src (tsc) stays the library's entry.
// The remark preset and rule plugins (`guidelint/remark-preset`, `guidelint/rules/<id>`) are
// bundled likewise into dist/remark, beside the CLI's folder, their packages left to the
// installation (remark-cli loads the config in every run: ~100 ms less to load than dist/src).
// `node scripts/bundle.mjs [outdir]`: default dist/cli (tests bundle into a temporary package).
import { build } from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const outdir = resolve(root, process.argv[2] ?? 'dist/cli');
// Chunk names carry a content hash: without a clean folder, every build would leave its old chunks
// behind (and `npm pack` would ship them).
rmSync(outdir, { recursive: true, force: true });
const remarkOutdir = join(dirname(outdir), 'remark');
rmSync(remarkOutdir, { recursive: true, force: true });

/** What both bundles share: ESM for Node 20, lazily loaded parts split into chunks beside the entries. */
const common = {
  absWorkingDir: root,
  // Chunks sit beside the entries: workers.ts finds `./worker-main.js` next to its own chunk.
  chunkNames: '[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
};

await build({
  ...common,
  entryPoints: { main: 'src/cli/main.ts', 'worker-main': 'src/engine/worker-main.ts' },
  outdir,
  // CommonJS dependencies (ajv, vscode-languageserver) call require(); an ESM bundle has none.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  metafile: process.env.GUIDELINT_BUNDLE_META !== undefined,
}).then((result) => {
  if (result.metafile) process.stdout.write(JSON.stringify(result.metafile));
});

const remarkEntries = { preset: 'src/remark/preset.ts' };
for (const file of readdirSync(join(root, 'src', 'remark', 'rules'))) remarkEntries[`rules/${file.replace(/\.ts$/u, '')}`] = `src/remark/rules/${file}`;
await build({
  ...common,
  entryPoints: remarkEntries,
  outdir: remarkOutdir,
  // unified sees one remark-lint and one vfile whoever loads them: the installation's.
  packages: 'external',
});
