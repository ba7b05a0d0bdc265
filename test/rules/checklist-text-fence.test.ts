/**
 * Issue 14.7: a checklist written as `☐`/`☑` lines in a fence tagged as plain text (```` ```text ````,
 * as markdownlint's MD040 makes authors write it) counts like one in an untagged fence, from the CLI.
 */
import { expect, it } from '@jest/globals';
import { fileURLToPath } from 'node:url';
import { runCli } from '../cli/run-cli.js';

const valid = fileURLToPath(new URL('../../fixtures/phased-guide/valid/', import.meta.url));

it('checks a document whose checklist is in a ```text block clean', async () => {
  const run = await runCli(['check', '--template', 'phased-guide', 'checklist-text-fence.md', 'response-caching.md'], { cwd: valid });
  expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
}, 60_000);
