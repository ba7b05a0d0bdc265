// Parse floor: read and tokenize every Markdown file with markdown-it, nothing else. On one thread,
// or with `--threads N` on N worker threads, each taking every Nth file: what N cores of this
// machine give for the same work, the most any multi-threaded linter can get from them.
import { readFileSync } from 'node:fs';
import { Worker, isMainThread, workerData, parentPort } from 'node:worker_threads';
import MarkdownIt from 'markdown-it';
import { listMarkdown } from './corpus.mjs';

function parseShare(root, share, shares) {
  const md = new MarkdownIt('commonmark').enable(['table', 'strikethrough']);
  let tokens = 0;
  listMarkdown(root).forEach((file, index) => {
    if (index % shares === share) tokens += md.parse(readFileSync(file, 'utf8'), {}).length;
  });
  return tokens;
}

if (isMainThread) {
  const [root, flag, count] = process.argv.slice(2);
  const threads = flag === '--threads' ? Number(count) : 1;
  const counts =
    threads === 1
      ? [parseShare(root, 0, 1)]
      : await Promise.all(
          Array.from({ length: threads }, (_, share) => {
            const worker = new Worker(new URL(import.meta.url), { workerData: { root, share, shares: threads } });
            return new Promise((resolve, reject) => worker.once('message', resolve).once('error', reject));
          }),
        );
  process.stdout.write(`${counts.reduce((sum, n) => sum + n, 0)}\n`);
} else {
  parentPort.postMessage(parseShare(workerData.root, workerData.share, workerData.shares));
}
