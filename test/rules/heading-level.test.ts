import { headingLevel } from '../../rules/heading-level.js';
import { testRule } from './rule-tester.js';

testRule(headingLevel, {
  template: ['# [Name]', '## Problem', '[Problem]', '## Architecture', '### Components', '[Components]', '## Security', '[Risks]'],
  valid: [
    ['# S', '## Problem', 'P.', '## Architecture', '### Components', 'C.', '## Security', 'S.'],
    // Under another parent at the right depth: required-section's "found under", not a level problem.
    ['# S', '## Problem', 'P.', '### Components', 'C.', '## Architecture', 'A.', '## Security', 'S.'],
    // Two levels deeper under another section: that section's own subsection.
    ['# S', '## Problem', 'P.', '## Architecture', '### Components', 'C.', '#### Security', 'S.'],
  ],
  invalid: [
    {
      name: 'too deep, nested in the previous section',
      code: ['# S', '## Problem', 'P.', '## Architecture', '### Components', 'C.', '### Security', 'S.'],
      errors: [{ line: 7, column: 1, endLine: 7, endColumn: 13, message: 'Section "## Security" (example) has heading level 3, expected 2' }],
      output: ['# S', '## Problem', 'P.', '## Architecture', '### Components', 'C.', '## Security', 'S.'],
    },
    {
      name: 'too shallow, keeping closing hashes and indentation',
      code: ['# S', '## Problem', 'P.', '## Architecture', '  ## Components ##', 'C.', '## Security', 'S.'],
      errors: [{ line: 5, column: 3, message: 'Section "### Components" (example) has heading level 2, expected 3' }],
      output: ['# S', '## Problem', 'P.', '## Architecture', '  ### Components ##', 'C.', '## Security', 'S.'],
    },
    {
      name: 'a deeper direct child',
      code: ['# S', '## Problem', 'P.', '## Architecture', '#### Components', 'C.', '## Security', 'S.'],
      errors: [{ line: 5, column: 1, message: 'Section "### Components" (example) has heading level 4, expected 3' }],
      output: ['# S', '## Problem', 'P.', '## Architecture', '### Components', 'C.', '## Security', 'S.'],
    },
    {
      name: 'H1 sections under the title: one finding each, an unknown H1 between them changing nothing',
      code: ['# S', '# Problem', 'P.', '# Background', 'B.', '# Architecture', '## Components', 'C.', '# Security', 'S.'],
      errors: [
        { line: 2, column: 1, message: 'Section "## Problem" (example) has heading level 1, expected 2' },
        { line: 6, column: 1, message: 'Section "## Architecture" (example) has heading level 1, expected 2' },
        { line: 7, column: 1, message: 'Section "### Components" (example) has heading level 2, expected 3' },
        { line: 9, column: 1, message: 'Section "## Security" (example) has heading level 1, expected 2' },
      ],
      output: ['# S', '## Problem', 'P.', '# Background', 'B.', '## Architecture', '### Components', 'C.', '## Security', 'S.'],
    },
    {
      name: 'a subsection after a section written too high belongs to the section above',
      code: ['# S', '## Problem', 'P.', '## Architecture', '## Components', 'C.', '### Notes', '### Security', 'S.'],
      errors: [
        { line: 5, column: 1, message: 'Section "### Components" (example) has heading level 2, expected 3' },
        { line: 8, column: 1, message: 'Section "## Security" (example) has heading level 3, expected 2' },
      ],
    },
    {
      name: 'a setext heading becomes an ATX one',
      code: ['# S', '', 'Problem', '=======', '', 'P.', '', '## Architecture', '### Components', 'C.', '## Security', 'S.'],
      errors: [{ line: 3, column: 1, endLine: 4, endColumn: 8, message: 'Section "## Problem" (example) has heading level 1, expected 2' }],
      output: ['# S', '', '## Problem', '', 'P.', '', '## Architecture', '### Components', 'C.', '## Security', 'S.'],
    },
  ],
});
