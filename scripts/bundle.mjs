// Bundles the CLI for start-up speed: a one-file run (the pre-commit case) otherwise spends most
// of its time resolving, loading and compiling ~200 modules. The CLI is one CommonJS bundle,
// dist/cli/guidelint.cjs, that src/cli/launch.ts (built into dist/cli/launch.cjs) compiles with
// V8's code cache: Node 20 caches no ES module's bytecode, and a module graph costs its resolving
// and linking besides. Lazily imported parts (commands, formatters, the language server, remark)
// stay uncompiled until used. bin/guidelint.js runs dist/cli/main.js, a lint worker
// dist/cli/worker-main.js: both hand over to launch.cjs. dist/src (tsc) stays the library's entry.
// The remark preset and rule plugins (`guidelint/remark-preset`, `guidelint/rules/<id>`) are
// bundled as ES modules into dist/remark, beside the CLI's folder, their packages left to the
// installation (remark-cli loads the config in every run: ~100 ms less to load than dist/src).
// `node scripts/bundle.mjs [outdir]`: default dist/cli (tests bundle into a temporary package).
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const outdir = resolve(root, process.argv[2] ?? 'dist/cli');
// A clean folder: no file of an older build's layout is left behind (and `npm pack` would ship it).
rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
const remarkOutdir = join(dirname(outdir), 'remark');
rmSync(remarkOutdir, { recursive: true, force: true });

/** What the bundles share. */
const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
};

/**
 * CommonJS has no import.meta: the modules' `import.meta.url` (which finds templates/, the worker
 * script and package.json beside it) is the URL of `file` in the bundle's folder.
 */
const moduleUrlOf = (file) => ({
  define: { 'import.meta.url': '__guidelintModuleUrl' },
  banner: { js: `var __guidelintModuleUrl = require("node:url").pathToFileURL(require("node:path").join(__dirname, ${JSON.stringify(file)})).href;` },
});

const cli = await build({
  ...common,
  ...moduleUrlOf('main.js'),
  entryPoints: ['src/cli/bundle-entry.ts'],
  outfile: join(outdir, 'guidelint.cjs'),
  format: 'cjs',
  write: false,
  metafile: process.env.GUIDELINT_BUNDLE_META !== undefined,
});
if (cli.metafile) process.stdout.write(JSON.stringify(cli.metafile));
const bundle = asciiOnly(cli.outputFiles[0].text);
// Fails the build, rather than every run, if the escaping above made it invalid.
new Script(bundle, { filename: 'guidelint.cjs' });
writeFileSync(join(outdir, 'guidelint.cjs'), bundle);

await build({
  ...common,
  ...moduleUrlOf('launch.cjs'),
  entryPoints: ['src/cli/launch.ts'],
  outfile: join(outdir, 'launch.cjs'),
  format: 'cjs',
  // The code cache's file name: a cache is for this bundle's bytes alone.
  define: { ...moduleUrlOf('launch.cjs').define, GUIDELINT_BUNDLE_HASH: JSON.stringify(createHash('sha256').update(bundle).digest('hex').slice(0, 16)) },
});
// bin/guidelint.js imports main.js; workers.ts starts worker-main.js beside the module it runs in.
const launcher = "import { createRequire } from 'node:module';\nconst launcher = createRequire(import.meta.url)('./launch.cjs');\n";
writeFileSync(join(outdir, 'main.js'), `${launcher}export const main = (argv, io) => launcher.launch(argv, io);\n`);
writeFileSync(join(outdir, 'worker-main.js'), `${launcher}await launcher.startWorker();\n`);

/**
 * The bundle with every non-ASCII UTF-16 unit written as a \u escape (esbuild escapes strings but
 * keeps regular expressions and comments as written), so the launcher can read it as latin1. The
 * same code: a surrogate pair of escapes is the one code point in a string and in a `u` RegExp.
 */
function asciiOnly(code) {
  return code.replace(/[^\x00-\x7f]/gu, (character) =>
    [...Array(character.length).keys()].map((index) => `\\u${character.charCodeAt(index).toString(16).padStart(4, '0')}`).join(''),
  );
}

const remarkEntries = { preset: 'src/remark/preset.ts' };
for (const file of readdirSync(join(root, 'src', 'remark', 'rules'))) remarkEntries[`rules/${file.replace(/\.ts$/u, '')}`] = `src/remark/rules/${file}`;
await build({
  ...common,
  entryPoints: remarkEntries,
  outdir: remarkOutdir,
  format: 'esm',
  splitting: true,
  chunkNames: '[name]-[hash]',
  // unified sees one remark-lint and one vfile whoever loads them: the installation's.
  packages: 'external',
});
