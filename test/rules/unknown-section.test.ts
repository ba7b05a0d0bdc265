import { unknownSection } from '../../rules/unknown-section.js';
import { testRule } from './rule-tester.js';

testRule(unknownSection, {
  template: ['# [Name]', '## Problem', '[Problem]', '## Architecture', '### Overview', '[Overview]', '## Aspects', '### [Aspect 1: e.g., API]', '[Details]'],
  valid: [
    ['# S', '## Problem', 'P.', '## Architecture', '### Overview', 'O.', '## Aspects', '### API', 'A.', '### Errors', 'E.'],
    // Misplaced and wrongly levelled template sections are other rules' findings.
    ['# S', '## Problem', 'P.', '### Overview', 'O.', '## Architecture', 'A.', '### Aspects', 'A.'],
  ],
  invalid: [
    {
      name: 'only the outermost unknown section of a subtree',
      code: ['# S', '## Problem', 'P.', '### Context', '#### Deeper', '## Architecture', '### Overview', 'O.', '## Notes', '### More'],
      errors: [
        { line: 4, column: 1, endLine: 4, endColumn: 12, message: 'Unknown section "### Context" under "## Problem": the template (example) has no such section' },
        { line: 9, column: 1, message: 'Unknown section "## Notes": the template (example) has no such section' },
      ],
    },
  ],
});

testRule(unknownSection, {
  template: ['# [Name]', '## Problem', '[Problem]', '## Architecture', '### Overview', '[Overview]'],
  options: { levels: [2] },
  valid: [['# S', '## Problem', 'P.', '### Context', 'C.', '## Architecture', '### Overview', 'O.', '### Notes', 'N.']],
  invalid: [
    {
      name: 'option levels: only sections at these levels',
      code: ['# S', '## Problem', 'P.', '### Context', '## Architecture', '### Overview', 'O.', '## Notes', 'N.'],
      errors: [{ line: 8, column: 1, message: 'Unknown section "## Notes": the template (example) has no such section' }],
    },
  ],
});
