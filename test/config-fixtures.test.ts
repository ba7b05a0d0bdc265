/**
 * Config cases (fixtures/config/README.md): `guidelint check` run in each folder gives exactly its
 * `expected.findings`, with both front-ends.
 */
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { messagesByFile, runCli } from './cli/run-cli.js';

const cases = fileURLToPath(new URL('../fixtures/config/', import.meta.url));
const names = readdirSync(cases, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe.each(names)('fixtures/config/%s', (name) => {
  const folder = `${cases}${name}`;
  const expected = readFileSync(`${folder}/expected.findings`, 'utf8').trimEnd().split('\n');

  it.each(['remark', 'markdown-it'])('gives its expected.findings with %s', async (parser) => {
    const run = await runCli(['--parser', parser, '--format', 'json'], { cwd: folder });
    const byFile = messagesByFile(run.stdout, folder, (m) => `${m.line}:${m.column} ${m.severity === 2 ? 'error' : 'warn'} ${m.ruleId} ${m.message}`);
    expect(Object.entries(byFile).flatMap(([file, messages]) => messages.map((message) => `${file}:${message}`))).toEqual(expected);
  });
});
