import { requiredLabel } from '../../rules/required-label.js';
import { testRule } from './rule-tester.js';

testRule(requiredLabel, {
  template: [
    '# [Name]',
    '## Step 1: [First]',
    '[Details]',
    '',
    '**Key Considerations:**',
    '- [Consideration]',
    '',
    '**Verification:**',
    '- [How to verify]',
    '',
    '**Benchmarks:**',
    '[If applicable, include results]',
    '',
    '**[Aspect Name]:** [Details]',
    '## Testing',
    '**Test Scenario 1:**',
    '1. [Step]',
    '',
    '**Test Scenario 2:**',
    '1. [Step]',
    '### Unit Tests',
    '**Coverage:** [Target]',
  ],
  valid: [
    ['# S', '## Step 1: Index', 'Text.', '', '**Key considerations**: none.', '**Verification:** run it.', '## Testing', '**Test Scenario 7:** load.', '### Unit Tests', '**Coverage:** 80%'],
    // Labels are read from the section's own body; N/A satisfies them.
    ['# S', '## Step 1: Index', 'N/A', '## Testing', '**Test Scenario 1:**', '### Unit Tests', '**Coverage:** all'],
  ],
  invalid: [
    {
      name: 'missing labels, at the end of the body; not found in a list item or a subsection',
      code: ['# S', '## Step 1: Index', '- **Verification:** in a list', '', '**Key Considerations:** some.', '## Testing', 'Text.', '### Unit Tests', '**Test Scenario 1:** in the subsection.', '**Coverage:** all'],
      errors: [
        { line: 6, column: 1, message: 'Missing label "**Verification:**" in "## Step 1: Index" (example)' },
        { line: 8, column: 1, message: 'Missing label "**Test Scenario {n}:**" in "## Testing" (example)' },
      ],
    },
  ],
});
