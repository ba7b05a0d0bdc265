/**
 * Issue 17.5: `--output` to something that is not a regular file is written through, never
 * replaced by a regular file; a regular file (or a link to one) is still replaced atomically.
 * `/dev/stdout` and devices are reached through links in a temporary folder: run as root against
 * code that renames, the test then replaces only its own link, never the machine's `/dev/stdout`.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { lstat, readdir, readFile, readlink, symlink } from 'node:fs/promises';
import { builtCliOnTree } from './built-cli.js';

const TEMPLATE = '# [Project] Notes\n\n## Summary\n\n[Describe the project]\n';
const FINDING = 'Missing required section "## Summary" (tpl)';

const cli = builtCliOnTree({ 'tpl.md': TEMPLATE, 'doc.md': '# Alpha Notes\n', 'reports/real.txt': 'old\n' });
const { at } = cli;
const checkTo = (output: string): string[] => ['-t', 'tpl.md', '-o', output, 'doc.md'];
/** The runs whose --output is not their process's standard output, in one process. */
const runOf = cli.runsInOneProcess({
  device: checkTo('null-link'),
  fifo: checkTo('report.fifo'),
  link: checkTo('report-link.txt'),
  dangling: checkTo('dangling.txt'),
});

describe('--output', () => {
  // The FIFO's reader, in its own process: should the FIFO be replaced, its open never returns and it is killed.
  let reader: ChildProcessWithoutNullStreams;
  let read = '';
  let readerDone: Promise<unknown>;

  beforeAll(async () => {
    await symlink('/dev/null', at('null-link'));
    execFileSync('mkfifo', [at('report.fifo')]);
    await symlink('reports/real.txt', at('report-link.txt'));
    await symlink('new.txt', at('dangling.txt'));
    reader = spawn('cat', [at('report.fifo')]);
    reader.stdout.on('data', (chunk: Buffer) => (read += chunk.toString()));
    readerDone = new Promise((resolve) => reader.on('close', resolve));
  });

  afterAll(() => {
    reader.kill();
  });

  it('writes through a link to standard output', async () => {
    await symlink('/proc/self/fd/1', at('stdout-link'));
    const run = await cli.run(checkTo('stdout-link'));
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain(FINDING);
    expect((await lstat(at('stdout-link'))).isSymbolicLink()).toBe(true);
  });

  it('writes through a link to a device, which stays a link', async () => {
    const run = await runOf('device');
    expect([run.code, run.stderr]).toEqual([1, '']);
    expect(await readlink(at('null-link'))).toBe('/dev/null');
  });

  it('writes into a FIFO for the reader at its other end', async () => {
    const run = await runOf('fifo');
    const stillFifo = (await lstat(at('report.fifo'))).isFIFO();
    if (!stillFifo) reader.kill();
    await readerDone;
    expect([stillFifo, run.stderr]).toEqual([true, '']);
    expect(read).toContain(FINDING);
  });

  it('replaces the regular file a link leads to, keeping the link', async () => {
    await runOf('link');
    expect(await readlink(at('report-link.txt'))).toBe('reports/real.txt');
    expect(await readFile(at('reports/real.txt'), 'utf8')).toContain(FINDING);
    expect(await readdir(at('reports'))).toEqual(['real.txt']);
  });

  it('creates the file a dangling link names', async () => {
    await runOf('dangling');
    expect((await lstat(at('dangling.txt'))).isSymbolicLink()).toBe(true);
    expect(await readFile(at('new.txt'), 'utf8')).toContain(FINDING);
  });
});
