/**
 * examples/swift-evolution: the example config for a real corpus (its `docs` links to
 * ../shared/corpora/swift-evolution/docs). Its README's "after" row is what `guidelint` prints
 * there, and its "before" row what the template alone gives. Skipped without the corpora.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { LintResult } from '../src/engine/results.js';
import { runCli } from './cli/run-cli.js';
import { hasCorpora } from './template/template-files.js';

const example = fileURLToPath(new URL('../examples/swift-evolution/', import.meta.url));
const corpus = fileURLToPath(new URL('../../shared/corpora/swift-evolution/', import.meta.url));

/** `| before | 109 | 0 | 526 | 0 | title 109, … |`: docs, clean, errors, warnings, findings by rule. */
function row(label: string, results: LintResult[]): string {
  const byRule = new Map<string, number>();
  for (const result of results) for (const message of result.messages) byRule.set(message.ruleId ?? 'fatal', (byRule.get(message.ruleId ?? 'fatal') ?? 0) + 1);
  const rules = [...byRule].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([id, count]) => `${id} ${count}`);
  const clean = results.filter((result) => result.errorCount === 0).length;
  const errors = results.reduce((sum, result) => sum + result.errorCount, 0);
  const warnings = results.reduce((sum, result) => sum + result.warningCount, 0);
  return `| ${label} | ${results.length} | ${clean} | ${errors} | ${warnings} | ${rules.join(', ')} |`;
}

(hasCorpora ? describe : describe.skip)('examples/swift-evolution', () => {
  const readme = readFileSync(`${example}README.md`, 'utf8');

  it('gives the findings its README says, before and after the config', async () => {
    const before = await runCli(['check', '--template', 'template.md', '--format', 'json', 'docs'], { cwd: corpus });
    const after = await runCli(['--format', 'json'], { cwd: example });
    expect(after.stderr).toBe('');
    expect(readme).toContain(row('before', JSON.parse(before.stdout) as LintResult[]));
    expect(readme).toContain(row('after', JSON.parse(after.stdout) as LintResult[]));
  }, 60_000);
});
