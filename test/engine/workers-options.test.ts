import { describe, expect, it } from '@jest/globals';
import { parseArguments, type CheckCommand } from '../../src/cli/args.js';
import { DOCUMENTS_PER_THREAD, parseConcurrency, threadCount } from '../../src/engine/concurrency.js';
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
  it('with auto: one thread per DOCUMENTS_PER_THREAD documents, up to the cores, at least one', () => {
    expect(threadCount('auto', 0, 2)).toBe(1);
    expect(threadCount('auto', 2 * DOCUMENTS_PER_THREAD - 1, 2)).toBe(1);
    expect(threadCount('auto', 2 * DOCUMENTS_PER_THREAD, 2)).toBe(2);
    expect(threadCount('auto', 100 * DOCUMENTS_PER_THREAD, 2)).toBe(2);
    expect(threadCount('auto', 3 * DOCUMENTS_PER_THREAD, 8)).toBe(3);
    expect(threadCount('auto', 100 * DOCUMENTS_PER_THREAD, 1)).toBe(1);
  });

  it('with a number: that many, but never more threads than documents', () => {
    expect(threadCount(4, 1000, 2)).toBe(4);
    expect(threadCount(4, 3, 2)).toBe(3);
    expect(threadCount(1, 1000, 8)).toBe(1);
    expect(threadCount(3, 0, 8)).toBe(1);
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
