import { fieldValue } from '../../rules/field-value.js';
import { testRule } from './rule-tester.js';

testRule(fieldValue, {
  template: [
    '# [Name]',
    '',
    '**Status:** [Draft/Review/Final]',
    '**Created:** YYYY-MM-DD',
    '**Parent:** [Parent Document](../path/to/parent.md)',
    '**Owner:** [Owner Name]',
    '**Audience:** [Developers/Operators/etc.]',
    '**Reviewed:** [Date] (optional)',
    '',
    '## Purpose',
    '',
    '[Purpose]',
  ],
  valid: [
    ['# S', '', '**Status:** review', '**Created:** 2024-02-29', '**Parent:** [Overview](../overview.md)', '**Owner:** Ada', '**Audience:** Anyone', '', '## Purpose'],
    ['---', 'status: Final', 'created: 2024-02-29', 'parent: https://example.com/spec', 'owner: Ada', 'audience: SREs', '---', '# S'],
    // Template placeholders left in are the placeholder rule's findings; an empty optional field is none.
    ['# S', '', '**Status:** [Draft/Review/Final]', '**Created:** YYYY-MM-DD', '**Parent:** <https://example.com>', '**Owner:** [Owner Name]', '**Audience:** Devs', '**Reviewed:**', '', '## Purpose'],
  ],
  invalid: [
    {
      name: 'an enum value outside the list, with one suggestion per value',
      code: ['# S', '', '**Status:** Done', '**Created:** 2024-01-01', '**Parent:** [P](p.md)', '**Owner:** Ada', '**Audience:** All'],
      errors: [{ line: 3, column: 13, endLine: 3, endColumn: 17, message: 'Field "Status" (example) must be one of "Draft", "Review", "Final", found "Done"' }],
      suggestionOutputs: [
        [
          ['# S', '', '**Status:** Draft', '**Created:** 2024-01-01', '**Parent:** [P](p.md)', '**Owner:** Ada', '**Audience:** All'],
          ['# S', '', '**Status:** Review', '**Created:** 2024-01-01', '**Parent:** [P](p.md)', '**Owner:** Ada', '**Audience:** All'],
          ['# S', '', '**Status:** Final', '**Created:** 2024-01-01', '**Parent:** [P](p.md)', '**Owner:** Ada', '**Audience:** All'],
        ],
      ],
    },
    {
      name: 'dates, links, text',
      code: ['# S', '', '**Status:** Final', '**Created:** 2023-02-29', '**Parent:** the overview', '**Owner:** [TBD]', '**Audience:**', '**Reviewed:** soon'],
      errors: [
        { line: 4, column: 14, message: 'Field "Created" (example) must be a date (YYYY-MM-DD), found "2023-02-29"' },
        { line: 5, column: 13, message: 'Field "Parent" (example) must be a link, found "the overview"' },
        { line: 6, column: 12, message: 'Field "Owner" (example) is a placeholder, found "[TBD]"' },
        { line: 7, column: 14, message: 'Field "Audience" (example) is empty' },
        { line: 8, column: 15, message: 'Field "Reviewed" (example) must be a date (YYYY-MM-DD), found "soon"' },
      ],
    },
    {
      name: 'in frontmatter',
      code: ['---', 'Status: Proposed', 'created: 2024-13-01', 'parent: "[P](p.md)"', 'owner: Ada', 'audience: All', '---', '# S'],
      errors: [
        { line: 2, column: 9, message: 'Field "Status" (example) must be one of "Draft", "Review", "Final", found "Proposed"' },
        { line: 3, column: 10, message: 'Field "Created" (example) must be a date (YYYY-MM-DD), found "2024-13-01"' },
      ],
    },
  ],
});

testRule(fieldValue, {
  template: ['# [Name]', '', '**Created:** MM/DD/YYYY', '**Decided:** <Month DD, YYYY>', '', '## Purpose', '', '[Purpose]'],
  valid: [
    ['# S', '', '**Created:** 02/29/2024', '**Decided:** March 1, 2024', '', '## Purpose'],
    ['# S', '', '**Created:** 2024-02-29', '**Decided:** 2024-03-01', '', '## Purpose'],
  ],
  invalid: [
    {
      name: 'a date in another format than the template asks for',
      code: ['# S', '', '**Created:** 29/02/2024', '**Decided:** 1 March 2024', '', '## Purpose'],
      errors: [
        { line: 3, column: 14, message: 'Field "Created" (example) must be a date (MM/DD/YYYY or YYYY-MM-DD), found "29/02/2024"' },
        { line: 4, column: 14, message: 'Field "Decided" (example) must be a date (Month DD, YYYY or YYYY-MM-DD), found "1 March 2024"' },
      ],
    },
  ],
});
