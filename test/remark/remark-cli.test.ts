/**
 * remark-cli with the README's `.remarkrc.mjs`, which uses the built preset (`guidelint/remark-preset`)
 * with no options, reports what `guidelint check` reports on every invalid fixture: the same rule,
 * place, severity and message for every finding.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LintResult } from '../../src/engine/results.js';
import { createInvalidFixtureTree, type InvalidFixtureTree } from '../ci/invalid-fixtures.js';
import { builtCli, runNode, type ProcessRun } from '../built-cli.js';
import { editorSnippets } from '../lsp/readme-snippets.js';
import { parseRemarkReport, type Report } from './remark-report.js';

const remarkCli = fileURLToPath(new URL('../../node_modules/remark-cli/cli.js', import.meta.url));

let tree: InvalidFixtureTree;
let remark: ProcessRun;

beforeAll(async () => {
  const bin = builtCli();
  tree = createInvalidFixtureTree();
  mkdirSync(join(tree.root, 'node_modules'));
  symlinkSync(dirname(dirname(bin)), join(tree.root, 'node_modules', 'guidelint'));
  writeFileSync(join(tree.root, '.remarkrc.mjs'), editorSnippets('js')[0]!);
  remark = await runNode(remarkCli, ['--no-stdout', '--no-color', '.'], tree.root);
}, 120_000);

afterAll(() => tree.remove());

function cliReport(results: readonly LintResult[]): Report {
  const report: Report = {};
  for (const result of results) {
    if (result.messages.length === 0) continue;
    report[relative(tree.root, result.filePath)] = result.messages
      .map((message) => `${message.line}:${message.column} ${message.severity === 2 ? 'error' : 'warning'} ${message.ruleId} ${message.message}`)
      .sort();
  }
  return report;
}

describe('remark-cli with the preset', () => {
  it('reports the findings guidelint check reports, file by file', async () => {
    const check = await tree.run('json');
    const expected = cliReport(JSON.parse(check.stdout) as LintResult[]);
    expect(Object.keys(expected).length).toBe(tree.documents.length + 1);
    expect(parseRemarkReport(remark.stderr)).toEqual(expected);
    // It runs the CLI: seconds on a loaded machine.
  }, 60_000);

  it('exits 1 on errors, as guidelint check does', () => {
    expect(remark.code).toBe(1);
  });
});
