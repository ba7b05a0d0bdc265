// Parse floor, step 0: read every Markdown file under a folder (what any linter must at least do).
import { readFileSync } from 'node:fs';
import { listMarkdown } from './corpus.mjs';

let bytes = 0;
for (const file of listMarkdown(process.argv[2])) bytes += readFileSync(file, 'utf8').length;
process.stdout.write(`${bytes}\n`);
