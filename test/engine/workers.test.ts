import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtCli, runNode, type ProcessRun } from '../built-cli.js';

const fixtures = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const TEMPLATES = ['design-doc', 'implementation-guide', 'implementation-spec', 'phased-guide', 'task-guide'];

let work: string;
let bin: string;
let docs: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'guidelint-workers-'));
  bin = builtCli();
  // Every built-in template's fixtures in one run, so that workers ask for five different templates.
  docs = join(work, 'docs');
  for (const template of TEMPLATES) cpSync(join(fixtures, template), join(docs, template), { recursive: true });
  const documents = TEMPLATES.map((template) => ({ files: `${template}/**/*.md`, template }));
  writeFileSync(join(docs, '.guidelintrc.json'), JSON.stringify({ documents }));
}, 60_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

const check = (...args: string[]): Promise<ProcessRun> => runNode(bin, ['--format', 'json', '--verbose', ...args], docs);

const filePaths = (run: ProcessRun): string[] => (JSON.parse(run.stdout) as { filePath: string }[]).map((r) => r.filePath);

/** The last line of `--verbose`: how many files, in how many threads. */
const statsLine = (run: ProcessRun): string | undefined => run.stderr.trimEnd().split('\n').at(-1);

describe('worker threads (the built CLI)', () => {
  it('report exactly what one thread reports, sorted by path', async () => {
    const [single, double] = await Promise.all([check('--concurrency', '1'), check('--concurrency', '2')]);
    const documents = readdirSync(docs, { recursive: true }).filter((name) => String(name).endsWith('.md')).length;
    expect(documents).toBeGreaterThan(100);
    expect(single.code).toBe(1);
    expect(statsLine(single)).toBe(`linted ${documents} files in one thread`);
    expect(statsLine(double)).toBe(`linted ${documents} files in 2 worker threads`);
    const sameAsSingle = [double.code, double.stdout, double.stderr.replace(' in 2 worker threads', ' in one thread')];
    expect(sameAsSingle).toEqual([single.code, single.stdout, single.stderr]);
    const paths = filePaths(single);
    expect(paths).toHaveLength(documents);
    expect(paths).toEqual([...paths].sort());
  }, 60_000);

  it('use one thread with auto for few files', async () => {
    const run = await check('design-doc/valid');
    expect(statsLine(run)).toBe('linted 4 files in one thread');
  }, 30_000);

  it('leave a document too big for a worker to the main thread, and report the same', async () => {
    const huge = join(work, 'huge');
    const valid = join(fixtures, 'design-doc', 'valid');
    const section = readFileSync(join(valid, readdirSync(valid)[0]!), 'utf8');
    // A list of 250,000 items (1 MB): its parse needs several times what a worker's capped heap
    // holds (a worker runs out at ~70,000), at a tenth of the work of 10 MB of prose that does too.
    mkdirSync(huge);
    writeFileSync(join(huge, 'huge.md'), `${section}\n${'- a\n'.repeat(250_000)}`);
    for (const name of ['a.md', 'b.md', 'c.md']) writeFileSync(join(huge, name), section);
    const [single, double] = await Promise.all([
      runNode(bin, ['--template', 'design-doc', '--format', 'json', '--verbose', '--concurrency', '1', 'huge'], work),
      runNode(bin, ['--template', 'design-doc', '--format', 'json', '--verbose', '--concurrency', '2', 'huge'], work),
    ]);
    expect(statsLine(double)).toMatch(/^linted 4 files in 2 worker threads \([1-4] too big for a worker: in the main thread\)$/);
    expect([double.code, double.stdout]).toEqual([single.code, single.stdout]);
  }, 60_000);

  it('stop the run with the one-line error of a --template that cannot be used', async () => {
    writeFileSync(join(docs, 'broken-template.md'), Uint8Array.from([0x23, 0x20, 0xe9, 0x0a]));
    const run = await runNode(bin, ['--concurrency', '2', '--template', 'broken-template.md', 'design-doc'], docs);
    expect([run.code, run.stdout, run.stderr]).toEqual([
      2,
      '',
      'guidelint: cannot read template "broken-template.md": file is not valid UTF-8 (byte 0xe9 at offset 2)\n',
    ]);
  }, 30_000);
});
