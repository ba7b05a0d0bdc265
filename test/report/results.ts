/** A fixed set of results every reporter test formats. */
import { fatalFinding, makeResult, type LintResult } from '../../src/engine/results.js';
import type { RuleMeta } from '../../src/lint/types.js';
import type { FormatterContext } from '../../src/report/types.js';

export const RULES_META: RuleMeta[] = [
  {
    id: 'required-section',
    defaultSeverity: 'error',
    description: 'A required section is missing',
    fixable: true,
    hasSuggestions: false,
  },
  {
    id: 'field-value',
    defaultSeverity: 'error',
    description: "A field's value is not allowed",
    fixable: false,
    hasSuggestions: true,
  },
  {
    id: 'required-label',
    defaultSeverity: 'warn',
    description: 'A labelled block is missing',
    fixable: false,
    hasSuggestions: false,
  },
  {
    id: 'unknown-section',
    defaultSeverity: 'off',
    description: 'A section the template does not name',
    fixable: false,
    hasSuggestions: false,
  },
];

export const SPACED_FILE = '/repo/docs/my design.md';

export const RESULTS: LintResult[] = [
  makeResult('/repo/docs/clean.md', 'design-doc', []),
  makeResult(
    SPACED_FILE,
    'design-doc',
    [
      {
        ruleId: 'required-section',
        severity: 2,
        message: 'Missing required section "## Security Considerations" (design-doc), expected after "## Performance Considerations"',
        line: 40,
        column: 1,
        endLine: 40,
        endColumn: 1,
        fix: { range: [812, 812], text: '## Security Considerations\n\n' },
      },
      {
        ruleId: 'field-value',
        severity: 2,
        message: 'Field "Status": "50% done, maybe:\nlater" is not one of Draft, Planning',
        line: 3,
        column: 15,
        endLine: 3,
        endColumn: 36,
      },
      {
        ruleId: 'required-label',
        severity: 1,
        message: 'Missing label "**Goals:**" in "## Problem Statement" <design-doc> & more',
        line: 12,
        column: 1,
        endLine: 12,
        endColumn: 20,
      },
    ],
  ),
  makeResult('/repo/docs/image.md', 'design-doc', [fatalFinding('File is binary (NUL byte at offset 3)')]),
  makeResult('/repo/docs/warn.md', 'task-guide', [
    {
      ruleId: 'required-label',
      severity: 1,
      message: 'Missing label "**Verification:**" in "### Step 1"',
      line: 7,
      column: 1,
      endLine: 9,
      endColumn: 4,
    },
  ]),
];

export const CONTEXT: FormatterContext = {
  cwd: '/repo',
  rootDir: '/repo',
  rulesMeta: RULES_META,
  color: false,
  toolVersion: '1.2.3',
};
