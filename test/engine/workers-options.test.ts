import { describe, expect, it } from '@jest/globals';
import { parseArguments, type CheckCommand } from '../../src/cli/args.js';
import { DOCUMENT_WORK, parseConcurrency, threadCount, WORK_PER_THREAD } from '../../src/engine/concurrency.js';
import { UserError } from '../../src/engine/errors.js';
import { runCli } from '../cli/run-cli.js';

describe('parseConcurrency', () => {
  it('reads a positive whole number or auto', () => {
    expect(parseConcurrency('auto')).toBe('auto');
    expect(parseConcurrency('1')).toBe(1);
    expect(parseConcurrency('12')).toBe(12);
  });

  it.each(['0', '-1', '1.5', 'two', '', ' 2', 'Auto'])('rejects %j', (value) => {
    const message = `--concurrency must be a positive whole number or "auto", not "${value}"`;
    expect(() => parseConcurrency(value)).toThrow(new UserError(message));
  });
});

describe('threadCount', () => {
  const MB = 1024 * 1024;
  const bytes = (size: number) => () => size;
  const unasked = (): number => {
    throw new Error('the bytes were not needed');
  };

  it('with auto: one thread per WORK_PER_THREAD of work (bytes, and DOCUMENT_WORK a document), up to the cores', () => {
    expect(threadCount('auto', 0, bytes(0), 2)).toBe(1);
    expect(threadCount('auto', 1, bytes(100 * MB), 2)).toBe(1);
    // The Rust RFCs: 639 documents, 8.9 MB.
    expect(threadCount('auto', 639, bytes(8.9 * MB), 2)).toBe(1);
    // One copy of the scaled corpus: 1,269 documents, 31 MB.
    expect(threadCount('auto', 1269, bytes(31 * MB), 2)).toBe(2);
    const documents = 100;
    const forThreads = (threads: number): number => threads * WORK_PER_THREAD - documents * DOCUMENT_WORK;
    expect(threadCount('auto', documents, bytes(forThreads(2) - 1), 2)).toBe(1);
    expect(threadCount('auto', documents, bytes(forThreads(2)), 2)).toBe(2);
    expect(threadCount('auto', documents, bytes(forThreads(3)), 8)).toBe(3);
    expect(threadCount('auto', documents, bytes(forThreads(100)), 8)).toBe(8);
    expect(threadCount('auto', documents, bytes(forThreads(100)), 1)).toBe(1);
  });

  it('weighs many small documents by their number: 2,000 of 1.5 KB are one thread, 2,000 of 20 KB two', () => {
    expect(threadCount('auto', 2000, bytes(2000 * 1.5 * 1024), 2)).toBe(1);
    expect(threadCount('auto', 2000, bytes(2000 * 20 * 1024), 2)).toBe(2);
  });

  it('asks for the bytes only when the documents alone do not fill the cores', () => {
    const filling = Math.ceil((2 * WORK_PER_THREAD) / DOCUMENT_WORK);
    expect(threadCount('auto', filling, unasked, 2)).toBe(2);
    expect(threadCount('auto', 10_152, unasked, 2)).toBe(2);
    expect(threadCount('auto', 1, unasked, 8)).toBe(1);
    expect(threadCount(4, 1000, unasked, 2)).toBe(4);
  });

  it('with a number: that many, but never more threads than documents', () => {
    expect(threadCount(4, 1000, unasked, 2)).toBe(4);
    expect(threadCount(4, 3, unasked, 2)).toBe(3);
    expect(threadCount(1, 1000, unasked, 8)).toBe(1);
    expect(threadCount(3, 0, unasked, 8)).toBe(1);
  });
});

describe('the cache and concurrency options', () => {
  const check = async (argv: string[]): Promise<CheckCommand> => (await parseArguments(argv, '1.0.0')) as CheckCommand;

  it('default to no cache and auto', async () => {
    expect(await check(['docs'])).toMatchObject({ cache: false, cacheLocation: undefined, concurrency: 'auto' });
  });

  it('are read', async () => {
    expect(await check(['--cache', '--cache-location', 'tmp/lint.cache', '--concurrency', '3'])).toMatchObject({
      cache: true,
      cacheLocation: 'tmp/lint.cache',
      concurrency: 3,
    });
  });

  it('reject a bad --concurrency with one line and exit code 2', async () => {
    expect(await runCli(['--concurrency', 'many', 'docs'], { cwd: process.cwd() })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'guidelint: --concurrency must be a positive whole number or "auto", not "many"\n',
    });
    const missing = await runCli(['--concurrency'], { cwd: process.cwd() });
    expect(missing.stderr).toBe('guidelint: --concurrency needs a value: --concurrency <n|auto>\n');
  });
});
