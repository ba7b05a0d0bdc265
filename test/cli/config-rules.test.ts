/**
 * What a config changes in a run, end to end: rule severities (top-level, then per template),
 * section overrides, `detect: true`, and inline control comments in the documents.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { LintResult } from '../../src/engine/results.js';
import { makeTree, removeTree } from '../files/tree.js';
import { runCli } from './run-cli.js';

const TEMPLATE = `# [Name] Runbook

## Summary

[What this service does]

## Steps

### Step 1: [Action]

[What to do]

\`\`\`sh
[command to run]
\`\`\`

## Rollback

[How to undo it]
`;

/** Step 1 has no code block (code-block, a warning), Rollback is missing (required-section), and an extra section. */
const DOC = `# Billing Runbook

## Summary

Billing sends invoices.

## Steps

### Step 1: Drain the queue

Stop the consumers first.

## Appendix

Links.
`;

let root: string;

beforeAll(async () => {
  root = await makeTree({
    '.guidelintrc.yaml': [
      'templates:',
      '  runbook: templates/runbook.md',
      '  relaxed-runbook:',
      '    path: templates/runbook.md',
      '    rules: { code-block: off, unknown-section: error }',
      '    sections:',
      '      Rollback: { optional: true }',
      'documents:',
      '  - { files: "runbooks/relaxed/*.md", template: relaxed-runbook }',
      '  - { files: "runbooks/**/*.md", template: runbook }',
      'rules:',
      '  unknown-section: warn',
      'detect: true',
    ].join('\n'),
    'templates/runbook.md': TEMPLATE,
    'runbooks/billing.md': DOC,
    'runbooks/relaxed/billing.md': DOC,
    'runbooks/quiet.md': `<!-- guidelint-disable-file unknown-section -->\n${DOC.replace('## Appendix', '<!-- guidelint-disable-next-line code-block -->\n## Appendix')}`,
    'elsewhere/billing.md': DOC,
    'notes/todo.md': '# Todo\n\n- milk\n',
  });
});

afterAll(() => removeTree(root));

async function findings(...args: string[]): Promise<Record<string, string[]>> {
  const run = await runCli(['--format', 'json', ...args], { cwd: root });
  const results = JSON.parse(run.stdout) as LintResult[];
  return Object.fromEntries(
    results.map((result) => [
      result.filePath.slice(root.length + 1),
      result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.severity}`),
    ]),
  );
}

describe('a config, end to end', () => {
  it("applies the config's severities, then each template's own rules and section overrides", async () => {
    expect(await findings('runbooks')).toEqual({
      'runbooks/billing.md': ['13:1 code-block 1', '13:1 required-section 2', '13:1 unknown-section 1'],
      'runbooks/quiet.md': ['15:1 required-section 2'],
      'runbooks/relaxed/billing.md': ['13:1 unknown-section 2'],
    });
  });

  it('honours inline control comments: disable-file and disable-next-line', async () => {
    const run = await runCli(['runbooks/quiet.md'], { cwd: root });
    expect(run.stdout).not.toContain('code-block');
    expect(run.stdout).not.toContain('unknown-section');
    expect(run.stdout).toContain('required-section');
  });

  it('detects the template of a document no entry covers, and says why with --verbose', async () => {
    const run = await runCli(['--verbose', '--quiet', 'elsewhere', 'notes'], { cwd: root });
    const lines = run.stderr.split('\n');
    expect(lines).toContain('elsewhere/billing.md: follows runbook, detected by its headings (3 of 4 match)');
    expect(lines).toContain(
      'notes/todo.md: skipped, no "template:" in its frontmatter and no documents entry matches; no template detected (best: runbook, 0 of 4 headings match)',
    );
  });
});
