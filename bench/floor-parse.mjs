// Parse floor: read and tokenize every Markdown file with markdown-it on one thread, nothing else.
import { readFileSync } from 'node:fs';
import MarkdownIt from 'markdown-it';
import { listMarkdown } from './corpus.mjs';

const md = new MarkdownIt('commonmark').enable(['table', 'strikethrough']);
let tokens = 0;
for (const file of listMarkdown(process.argv[2])) tokens += md.parse(readFileSync(file, 'utf8'), {}).length;
process.stdout.write(`${tokens}\n`);
