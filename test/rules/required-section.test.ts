import { requiredSection } from '../../rules/required-section.js';
import { testRule } from './rule-tester.js';

const complete = ['# Search', '', '## Problem', '', 'Slow.', '', '## Architecture', '', '### Overview', '', 'An index.', '', '### Components', '', 'Two.', '', '## Security', '', 'Safe.'];

testRule(requiredSection, {
  template: [
    '# [Name]',
    '',
    '## Problem',
    '',
    '[Problem]',
    '',
    '## Architecture',
    '',
    '### Overview',
    '',
    '[Overview]',
    '',
    '### Components',
    '',
    '[Components]',
    '',
    '## Security',
    '',
    '[Risks]',
    '',
    '## Notes (optional)',
    '',
    '[Notes]',
  ],
  valid: [
    complete,
    [...complete, '', '## Notes', '', 'More.'],
    ['## Problem', '', 'Slow.', '', '## Architecture', '', '### Overview', 'X.', '### Components', 'Y.', '## Security', 'Z.'],
    // At the wrong depth only: left to heading-level.
    ['# Search', '## Problem', 'P.', '## Architecture', '### Overview', 'O.', '### Components', 'C.', '### Security', 'S.'],
    // An empty section's missing subsections are left to empty-section.
    ['# Search', '## Problem', 'P.', '## Architecture', '', '## Security', 'S.'],
  ],
  invalid: [
    {
      name: 'missing between two sections: expected after the previous one, at the heading now there',
      code: ['# Search', '', '## Problem', '', 'P.', '', '## Architecture', '', '### Overview', '', 'O.', '', '### Components', '', 'C.', '', '## Notes', '', 'N.'],
      errors: [{ line: 17, column: 1, message: 'Missing required section "## Security" (example), expected after "## Architecture"' }],
      output: ['# Search', '', '## Problem', '', 'P.', '', '## Architecture', '', '### Overview', '', 'O.', '', '### Components', '', 'C.', '', '## Security', '', '[Risks]', '', '## Notes', '', 'N.'],
    },
    {
      name: 'missing first: expected before the first present one',
      code: ['# Search', '', '## Architecture', '### Overview', 'O.', '### Components', 'C.', '## Security', 'S.'],
      errors: [{ line: 3, column: 1, message: 'Missing required section "## Problem" (example), expected before "## Architecture"' }],
      output: ['# Search', '', '## Problem', '', '[Problem]', '', '## Architecture', '### Overview', 'O.', '### Components', 'C.', '## Security', 'S.'],
    },
    {
      name: 'missing last: at the end of the source',
      code: '# Search\n## Problem\nP.\n## Architecture\n### Overview\nO.\n### Components\nC.',
      errors: [{ line: 8, column: 3, message: 'Missing required section "## Security" (example), expected after "## Architecture"' }],
      output: '# Search\n## Problem\nP.\n## Architecture\n### Overview\nO.\n### Components\nC.\n\n## Security\n\n[Risks]',
    },
    {
      name: 'missing subsection',
      code: ['# Search', '## Problem', 'P.', '## Architecture', '### Overview', 'O.', '## Security', 'S.'],
      errors: [{ line: 7, column: 1, message: 'Missing required section "### Components" (example), expected after "### Overview"' }],
      output: ['# Search', '## Problem', 'P.', '## Architecture', '### Overview', 'O.', '### Components', '', '[Components]', '', '## Security', 'S.'],
    },
    {
      name: 'no known subsection at all: expected under the parent',
      code: ['# Search', '## Problem', 'P.', '## Architecture', 'Text.', '### Misc', 'M.', '## Security', 'S.'],
      errors: [
        { line: 8, column: 1, message: 'Missing required section "### Overview" (example), expected under "## Architecture"' },
        { line: 8, column: 1, message: 'Missing required section "### Components" (example), expected under "## Architecture"' },
      ],
      output: ['# Search', '## Problem', 'P.', '## Architecture', 'Text.', '### Misc', 'M.', '### Overview', '', '[Overview]', '', '### Components', '', '[Components]', '', '## Security', 'S.'],
    },
    {
      name: 'under another parent: found under, at the section, without a fix',
      code: ['# Search', '## Problem', 'P.', '## Architecture', '### Overview', 'O.', '## Security', 'S.', '### Components', 'C.'],
      errors: [
        { line: 9, column: 1, endLine: 9, endColumn: 15, message: 'Missing required section "### Components" (example), found under "## Security"' },
      ],
      output: null,
    },
    {
      name: 'a same-named heading two levels deeper under another section is its own: missing, with the fix',
      code: ['# Search', '## Problem', 'P.', '## Architecture', '### Overview', 'O.', '### Components', 'C.', '#### Security', 'S.'],
      errors: [{ line: 11, column: 1, message: 'Missing required section "## Security" (example), expected after "## Architecture"' }],
      output: ['# Search', '## Problem', 'P.', '## Architecture', '### Overview', 'O.', '### Components', 'C.', '#### Security', 'S.', '', '## Security', '', '[Risks]'],
    },
    {
      name: 'a near miss in its place: did you mean, at that heading, with suggestions and no fix',
      code: ['# Search', '## Problem', 'P.', '## Architecture', '### Overview', 'O.', '### Components', 'C.', '## Securty', 'S.'],
      errors: [
        {
          line: 9,
          column: 1,
          endLine: 9,
          endColumn: 11,
          message: 'Missing required section "## Security" (example), expected after "## Architecture"; did you mean "## Securty" (line 9)?',
        },
      ],
      output: null,
      suggestionOutputs: [
        [
          ['# Search', '## Problem', 'P.', '## Architecture', '### Overview', 'O.', '### Components', 'C.', '## Security', 'S.'],
          ['# Search', '## Problem', 'P.', '## Architecture', '### Overview', 'O.', '### Components', 'C.', '## Security', '', '[Risks]', '', '## Securty', 'S.'],
        ],
      ],
    },
    {
      name: 'a near miss one level off, as a setext heading: renaming writes the template heading',
      code: ['# Search', '## Problem', 'P.', '## Architecture', '### Overview', 'O.', '### Components', 'C.', '', 'Securty', '=======', '', 'S.'],
      errors: [
        { line: 10, column: 1, message: 'Missing required section "## Security" (example), expected after "## Architecture"; did you mean "# Securty" (line 10)?' },
      ],
      suggestionOutputs: [
        [
          ['# Search', '## Problem', 'P.', '## Architecture', '### Overview', 'O.', '### Components', 'C.', '', '## Security', '', 'S.'],
          ['# Search', '## Problem', 'P.', '## Architecture', '### Overview', 'O.', '### Components', 'C.', '', '## Security', '', '[Risks]', '', 'Securty', '=======', '', 'S.'],
        ],
      ],
    },
    {
      name: 'before the title',
      code: ['## Problem', 'P.', '# Search', '## Architecture', '### Overview', 'O.', '### Components', 'C.', '## Security', 'S.'],
      errors: [{ line: 1, column: 1, message: 'Missing required section "## Problem" (example), found before the title' }],
    },
    {
      name: 'an H1 after the title under another parent: found under the title',
      code: ['# Search', '## Problem', 'P.', '## Architecture', '### Overview', 'O.', '## Security', 'S.', '# Components', 'C.'],
      errors: [{ line: 9, column: 1, message: 'Missing required section "### Components" (example), found under "# Search"' }],
    },
  ],
});
