/**
 * examples/swift-evolution: the example config for a real corpus (its `docs` links to
 * ../shared/corpora/swift-evolution/docs). Its README's field findings, before (the template
 * alone) and after (the config), are what guidelint gives. Skipped without the corpora.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { LintResult } from '../src/engine/results.js';
import { runCli } from './cli/run-cli.js';
import { hasCorpora } from './template/template-files.js';

const example = fileURLToPath(new URL('../examples/swift-evolution/', import.meta.url));
const corpus = fileURLToPath(new URL('../../shared/corpora/swift-evolution/', import.meta.url));
const FIELD_RULES = ['required-field', 'field-value', 'unknown-field'];

/** `| before | 49 | 16 | 0 |`: the findings of each field rule. */
function row(label: string, stdout: string): string {
  const messages = (JSON.parse(stdout) as LintResult[]).flatMap((result) => result.messages);
  const counts = FIELD_RULES.map((id) => messages.filter((message) => message.ruleId === id).length);
  return `| ${label} | ${counts.join(' | ')} |`;
}

(hasCorpora ? describe : describe.skip)('examples/swift-evolution', () => {
  const readme = readFileSync(`${example}README.md`, 'utf8');

  it('gives the field findings its README says, before and after the config', async () => {
    const before = await runCli(['check', '--template', 'template.md', '--format', 'json', 'docs'], { cwd: corpus });
    const after = await runCli(['--format', 'json'], { cwd: example });
    expect(after.stderr).toBe('');
    expect(readme).toContain(`| run | ${FIELD_RULES.join(' | ')} |`);
    expect(readme).toContain(row('before', before.stdout));
    expect(readme).toContain(row('after', after.stdout));
  }, 60_000);
});
