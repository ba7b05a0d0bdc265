import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { duplicateSection } from '../../rules/duplicate-section.js';
import { unknownSection } from '../../rules/unknown-section.js';
import { runCli } from '../cli/run-cli.js';
import { makeTree, removeTree } from '../files/tree.js';
import { compileExample, runRule, testRule } from './rule-tester.js';

const TEMPLATE = [
  '# [Name]',
  '## Motivation', '[Why]',
  '## Alternatives', '### Alternative 1: [Name]', '[Details]', '### Alternative 2: [Name]', '[Details]',
  '## Examples', '### [Example 1: e.g., a search]', '[Details]',
  '## Design', '### Overview', '[Overview]', '### API', '[API]',
];

testRule(duplicateSection, {
  template: TEMPLATE,
  valid: [
    // Series members, slot sections and the same name under different parents repeat freely.
    [
      '# S', '## Motivation', 'M.', '## Alternatives', '### Alternative 1: A', 'A.', '### Alternative 2: B', 'B.', '### Alternative 3: C', 'C.',
      '## Examples', '### Search', 'S.', '### Sort', 'S.', '## Design', '### Overview', 'O.', '### API', '#### Overview', 'Of the API.',
    ],
    // A template section written too deep under another is that section's own subsection.
    ['# S', '## Motivation', 'M.', '## Design', '### Overview', 'O.', '### API', 'A.', '#### Motivation', 'Why this API.'],
  ],
  invalid: [
    {
      name: 'a section written twice under one parent, at the second heading, with the first one\'s line',
      code: ['# S', '## Motivation', 'M.', '## Design', '### Overview', 'O.', '### API', 'A.', '### Overview', 'Again.', '## Motivation', 'More.'],
      errors: [
        { line: 9, column: 1, endLine: 9, endColumn: 13, message: 'Section "### Overview" (example) appears twice, at most once (first at line 5)' },
        { line: 11, column: 1, message: 'Section "## Motivation" (example) appears twice, at most once (first at line 2)' },
      ],
      output: null,
    },
    {
      name: 'three times: each extra one, and in other words of the same name',
      code: ['# S', '## Motivation', 'M.', '## Motivations', 'N.', '## Design', 'D.', '## motivation:', 'O.'],
      errors: [
        { line: 4, column: 1, message: 'Section "## Motivation" (example) appears 3 times, at most once (first at line 2)' },
        { line: 8, column: 1, message: 'Section "## Motivation" (example) appears 3 times, at most once (first at line 2)' },
      ],
    },
  ],
});

testRule(duplicateSection, {
  template: TEMPLATE,
  external: { sections: { Motivation: { max: 2 } } },
  valid: [['# S', '## Motivation', 'M.', '## Motivation', 'N.', '## Design', 'D.']],
  invalid: [
    {
      name: 'the config\'s max',
      code: ['# S', '## Motivation', 'M.', '## Motivation', 'N.', '## Motivation', 'O.', '## Design', 'D.'],
      errors: [{ line: 6, column: 1, message: 'Section "## Motivation" (example) appears 3 times, at most twice (first at line 2)' }],
    },
  ],
});

it('leaves a repeated section to duplicate-section: unknown-section does not report it', () => {
  const schema = compileExample(TEMPLATE);
  const source = ['# S', '## Motivation', 'M.', '## Design', 'D.', '## Motivation', 'N.', '## Notes', 'X.', ''].join('\n');
  expect(runRule(unknownSection, schema, source).map((report) => `${report.line} ${report.message}`)).toEqual([
    '8 Unknown section "## Notes": the template (example) has no such section',
  ]);
});

describe('from the CLI', () => {
  const invalid = fileURLToPath(new URL('../../fixtures/design-doc/invalid/', import.meta.url));

  it('reports a repeated section as an error by default, even with unknown-section on', async () => {
    const run = await runCli(['check', '--template', 'design-doc', '--rule', 'unknown-section: error', 'duplicate-section.md'], { cwd: invalid });
    expect([run.code, run.stdout.split('\n').slice(1, 3)]).toEqual([
      1,
      ['duplicate-section.md', '  333:1  error  Section "## Security Considerations" (design-doc) appears twice, at most once (first at line 318)  duplicate-section'],
    ]);
  }, 60_000);

  it('is turned off by its id in the config', async () => {
    const folder = await makeTree({
      '.guidelintrc.yaml': 'rules:\n  duplicate-section: "off"\n',
      'doc.md': readFileSync(join(invalid, 'duplicate-section.md'), 'utf8'),
    });
    try {
      const run = await runCli(['check', '--template', 'design-doc', 'doc.md'], { cwd: folder });
      expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
    } finally {
      await removeTree(folder);
    }
  }, 60_000);
});
