import { emptySection } from '../../rules/empty-section.js';
import { testRule } from './rule-tester.js';

testRule(emptySection, {
  template: ['# [Name]', '## Purpose', '[Purpose]', '## Architecture', '### Overview', '[Overview]', '## Notes (optional)', '[Notes]', '## Steps', '### Step 1: [First]', '[Details]'],
  valid: [
    ['# S', '## Purpose', 'P.', '## Architecture', '### Overview', 'O.', '## Steps', '### Step 1: Go', 'G.'],
    // Subsections alone are content; N/A is content; an empty optional section is no finding.
    ['# S', '## Purpose', 'N/A', '## Architecture', '### Overview', 'O.', '## Notes', '## Steps', '### Step 1: Go', 'G.'],
  ],
  invalid: [
    {
      name: 'only a comment and a rule',
      code: ['# S', '## Purpose', '', '<!-- later -->', '', '---', '', '## Architecture', '### Overview', 'O.', '## Steps', '### Step 1: Go', 'G.'],
      errors: [{ line: 2, column: 1, endLine: 2, endColumn: 11, message: 'Section "## Purpose" (example) is empty' }],
    },
    {
      name: 'an empty subsection and an empty series member, named as written',
      code: ['# S', '## Purpose', 'P.', '## Architecture', '### Overview', '## Steps', '### Step 1: Go'],
      errors: [
        { line: 5, column: 1, message: 'Section "### Overview" (example) is empty' },
        { line: 7, column: 1, message: 'Section "### Step 1: Go" (example) is empty' },
      ],
    },
  ],
});
