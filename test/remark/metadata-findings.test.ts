/**
 * remark-cli with the README's `.remarkrc.mjs` (the built preset, no options) gives the metadata
 * findings `guidelint check` gives (issue 13: one implementation) on the XIP config case
 * (fixtures/config/xip: `fields` with `requiredIf`/`allowedIf`, `unknown-field`, `field-order`,
 * `when:` severities): exactly its `expected.findings`, which test/config-fixtures.test.ts checks
 * the CLI gives.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtCli, runNode, type ProcessRun } from '../built-cli.js';
import { editorSnippets } from '../lsp/readme-snippets.js';
import { parseRemarkReport } from './remark-report.js';

const remarkCli = fileURLToPath(new URL('../../node_modules/remark-cli/cli.js', import.meta.url));
const xip = fileURLToPath(new URL('../../fixtures/config/xip/', import.meta.url));

let workspace: string;
let remark: ProcessRun;

beforeAll(async () => {
  const bin = builtCli();
  workspace = mkdtempSync(join(tmpdir(), 'guidelint-xip-'));
  cpSync(xip, workspace, { recursive: true });
  mkdirSync(join(workspace, 'node_modules'));
  symlinkSync(dirname(dirname(bin)), join(workspace, 'node_modules', 'guidelint'));
  writeFileSync(join(workspace, '.remarkrc.mjs'), editorSnippets('js')[0]!);
  remark = await runNode(remarkCli, ['--no-stdout', '--no-color', 'xips'], workspace);
}, 120_000);

afterAll(() => rmSync(workspace, { recursive: true, force: true }));

/** expected.findings (`<file>:<line>:<column> <error|warn> <rule-id> <message>`) as remark-cli's report reads back. */
function expectedReport(): Record<string, string[]> {
  const report: Record<string, string[]> = {};
  for (const line of readFileSync(join(xip, 'expected.findings'), 'utf8').trimEnd().split('\n')) {
    const [, file, place, severity, rest] = /^(.+?):(\d+:\d+) (error|warn) (.*)$/u.exec(line)!;
    (report[file!] ??= []).push(`${place} ${severity === 'warn' ? 'warning' : 'error'} ${rest}`);
  }
  for (const messages of Object.values(report)) messages.sort();
  return report;
}

describe('remark-cli with the preset on the XIP case', () => {
  it('reports the field findings the CLI gives: unknown-field, field-order, requiredIf, allowedIf, when', () => {
    expect(parseRemarkReport(remark.stderr)).toEqual(expectedReport());
  });
});
