import { codeBlock } from '../../rules/code-block.js';
import { testRule } from './rule-tester.js';

testRule(codeBlock, {
  template: [
    '# [Name]',
    '## Setup',
    '```bash',
    '[command to install]',
    '```',
    '## Layout',
    '```',
    'src/',
    '```',
    '## Diagram',
    '```',
    '[Optional: ASCII diagram]',
    '```',
  ],
  valid: [
    ['# S', '## Setup', '~~~sh', 'npm i', '~~~', '## Layout', '    src/', '## Diagram', 'None drawn.'],
    ['# S', '## Setup', 'N/A', '## Layout', '- A list:', '', '  ```text', '  src/', '  ```'],
  ],
  invalid: [
    {
      name: 'no code block; no language tag where the template has one',
      code: ['# S', '## Setup', '```', 'npm i', '```', '## Layout', 'See the repository.', '', '## Diagram'],
      errors: [
        { line: 3, column: 1, message: 'Code block in "## Setup" (example) has no language tag, expected one as in the template' },
        { line: 9, column: 1, message: 'Missing code block in "## Layout" (example)' },
      ],
    },
  ],
});
