// Writes the built-in templates' schemas as JSON beside the CLI bundle (dist/cli/templates/), so a
// run reads them instead of compiling (src/engine/precompiled-templates.ts). Runs after tsc and the
// bundle: `node scripts/precompile-templates.mjs [package root]` (tests build into a temporary package).
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(process.argv[2] ?? dirname(dirname(fileURLToPath(import.meta.url))));
const library = (path) => import(pathToFileURL(join(root, 'dist', 'src', path)).href);
const { writePrecompiled } = await library('engine/precompiled-templates.js');
const { createTemplateLoader } = await library('engine/template-loader.js');
await writePrecompiled(join(root, 'dist', 'cli', 'templates'), createTemplateLoader(root));
