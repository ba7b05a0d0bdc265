/** `when:` on a documents entry (DESIGN §5): overrides by the document's own metadata. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { makeTree, removeTree } from '../files/tree.js';
import { messagesByFile, runCli } from './run-cli.js';

const TEMPLATE = [
  '---',
  'title: <Proposal title>',
  'status: Draft|Review|Accepted|Withdrawn',
  '---',
  '',
  '# <Proposal title>',
  '',
  '## Summary',
  '',
  '<summary>',
  '',
  '## Security',
  '',
  '<threats>',
  '',
].join('\n');

const CONFIG = [
  'templates:',
  '  xip:',
  '    path: xip.md',
  '    fields:',
  '      reason: { requiredIf: { status: Withdrawn } }',
  'documents:',
  '  - files: "xips/*.md"',
  '    template: xip',
  '    when:',
  '      - fields: { status: [Withdrawn] }',
  '        severity: warn',
  '      - fields: { status: Draft }',
  '        sections: { Security: { optional: true } }',
  '        fieldOverrides: { reason: { optional: false } }',
  '',
].join('\n');

const doc = (status: string, sections = '## Summary\n\nS.\n\n## Security\n\nT.\n'): string =>
  `---\ntitle: T\nstatus: ${status}\n---\n\n# T\n\n${sections}`;

let root: string;

beforeAll(async () => {
  root = await makeTree({
    '.guidelintrc.yaml': CONFIG,
    'xip.md': TEMPLATE,
    'xips/withdrawn.md': doc('Withdrawn'),
    'xips/draft.md': doc('draft', '## Summary\n\nS.\n'),
    'xips/review.md': doc('Review', '## Summary\n\nS.\n'),
  });
});

afterAll(() => removeTree(root));

describe('when: by the document’s own metadata', () => {
  it('gives a severity to every finding, and section and field overrides, to the documents that meet it', async () => {
    const run = await runCli(['--format', 'json'], { cwd: root });
    expect(messagesByFile(run.stdout, root, (m) => `${m.severity} ${m.ruleId} ${m.message}`)).toEqual({
      'xips/draft.md': ['2 required-field Missing required field "reason" (xip)'],
      'xips/review.md': ['2 required-section Missing required section "## Security" (xip), expected after "## Summary"'],
      'xips/withdrawn.md': ['1 required-field Field "reason" (xip) is required when status is "Withdrawn"'],
    });
    expect(run.code).toBe(1);
  });

  it('says which clauses applied, with --verbose', async () => {
    const run = await runCli(['--verbose', join('xips', 'draft.md')], { cwd: root });
    expect(run.stderr).toContain('from documents[0] "xips/*.md", with documents[0].when[1]');
  });
});
