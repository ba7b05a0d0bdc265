/**
 * Issue 17.5: `--output` to something that is not a regular file is written through, never
 * replaced by a regular file; a regular file (or a link to one) is still replaced atomically.
 * `/dev/stdout` and devices are reached through links in a temporary folder: run as root against
 * code that renames, the test then replaces only its own link, never the machine's `/dev/stdout`.
 */
import { describe, expect, it } from '@jest/globals';
import { execFileSync, spawn } from 'node:child_process';
import { lstat, readdir, readFile, readlink, symlink } from 'node:fs/promises';
import { builtCliOnTree } from './built-cli.js';

const TEMPLATE = '# [Project] Notes\n\n## Summary\n\n[Describe the project]\n';
const FINDING = 'Missing required section "## Summary" (tpl)';

const cli = builtCliOnTree({ 'tpl.md': TEMPLATE, 'doc.md': '# Alpha Notes\n', 'reports/real.txt': 'old\n' });
const { at } = cli;
const check = (output: string) => cli.run(['-t', 'tpl.md', '-o', output, 'doc.md']);

describe('--output', () => {
  it('writes through a link to standard output', async () => {
    await symlink('/proc/self/fd/1', at('stdout-link'));
    const run = await check('stdout-link');
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain(FINDING);
    expect((await lstat(at('stdout-link'))).isSymbolicLink()).toBe(true);
  });

  it('writes through a link to a device, which stays a link', async () => {
    await symlink('/dev/null', at('null-link'));
    const run = await check('null-link');
    expect([run.code, run.stderr]).toEqual([1, '']);
    expect(await readlink(at('null-link'))).toBe('/dev/null');
  });

  it('writes into a FIFO for the reader at its other end', async () => {
    execFileSync('mkfifo', [at('report.fifo')]);
    // A reader in its own process: should the FIFO be replaced, its open never returns and it is killed.
    const reader = spawn('cat', [at('report.fifo')]);
    let read = '';
    reader.stdout.on('data', (chunk: Buffer) => (read += chunk.toString()));
    const readerDone = new Promise((resolve) => reader.on('close', resolve));
    const run = await check('report.fifo');
    const stillFifo = (await lstat(at('report.fifo'))).isFIFO();
    if (!stillFifo) reader.kill();
    await readerDone;
    expect([stillFifo, run.stderr]).toEqual([true, '']);
    expect(read).toContain(FINDING);
  });

  it('replaces the regular file a link leads to, keeping the link', async () => {
    await symlink('reports/real.txt', at('report-link.txt'));
    await check('report-link.txt');
    expect(await readlink(at('report-link.txt'))).toBe('reports/real.txt');
    expect(await readFile(at('reports/real.txt'), 'utf8')).toContain(FINDING);
    expect(await readdir(at('reports'))).toEqual(['real.txt']);
  });

  it('creates the file a dangling link names', async () => {
    await symlink('reports/new.txt', at('dangling.txt'));
    await check('dangling.txt');
    expect((await lstat(at('dangling.txt'))).isSymbolicLink()).toBe(true);
    expect(await readFile(at('reports/new.txt'), 'utf8')).toContain(FINDING);
  });
});
