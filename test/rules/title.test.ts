import { title } from '../../rules/title.js';
import { testRule } from './rule-tester.js';

testRule(title, {
  template: ['# [Feature Name] Implementation Guide', '', '## Purpose', '', '[Goal]'],
  valid: [
    ['# Search Implementation Guide', '', '## Purpose', '', 'Fast search.'],
    ['# *Search* implementation guide:', '', '## Purpose'],
    ['---', 'title: Search Implementation Guide', '---', '', '## Purpose'],
    ['---', 'Title: anything at all', '---', '', '## Purpose'],
    // An H1 standing for a template section is a heading-level problem, not a second title.
    ['# Search Implementation Guide', '', 'Purpose', '=======', '', 'Fast search.'],
    // Nor is one near a missing section's name (required-section's "did you mean").
    ['# Search Implementation Guide', '', '# Purposes', '', 'Fast search.'],
  ],
  invalid: [
    {
      name: 'no H1',
      code: ['## Purpose', '', 'Fast search.'],
      errors: [{ line: 1, column: 1, message: 'Missing title "# [Feature Name] Implementation Guide" (example)' }],
    },
    {
      name: 'no H1 and a frontmatter without a title: expected after the frontmatter',
      code: ['---', 'owner: Ada', '---', '## Purpose'],
      errors: [{ line: 4, column: 1, message: 'Missing title "# [Feature Name] Implementation Guide" (example)' }],
    },
    {
      name: 'an H1 of another shape',
      code: ['# Search Notes', '', '## Purpose'],
      errors: [
        {
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 15,
          message: 'Title "# Search Notes" does not match "# [Feature Name] Implementation Guide" (example)',
        },
      ],
    },
    {
      name: 'a second H1',
      code: ['# Search Implementation Guide', '', '## Purpose', '', 'Search Notes', '===', '', 'Text.'],
      errors: [
        {
          line: 5,
          column: 1,
          endLine: 6,
          endColumn: 4,
          message: 'Extra title "# Search Notes": the document has one H1, "# [Feature Name] Implementation Guide" (example)',
        },
      ],
    },
  ],
});

testRule(title, {
  template: ['# Implementation Guide: CHRONO-003', '', '## Steps', '', 'Text.'],
  valid: [['# Implementation Guide: PAY-014', '', '## Steps']],
  invalid: [
    {
      name: 'an id placeholder requires an id',
      code: ['# Implementation Guide: payouts', '', '## Steps'],
      errors: [
        { line: 1, column: 1, message: 'Title "# Implementation Guide: payouts" does not match "# Implementation Guide: CHRONO-003" (example)' },
      ],
    },
  ],
});
