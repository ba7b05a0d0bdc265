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
        { line: 8, column: 15, message: 'Field "Reviewed" (example) must be a date (YYYY-MM-DD or a written day such as 3/14/2024), found "soon"' },
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

testRule(fieldValue, {
  template: ['---', 'title: <title>', 'status: Draft|Accepted|Withdrawn', 'id: NNNN', 'home: <url>', 'contact: <email>', '---', '', '# <title>'],
  external: {
    sections: {},
    fields: {
      title: { minLength: 5, maxLength: 20 },
      id: { type: 'integer', pattern: '^[0-9]{4}$' },
      home: { type: 'url' },
      contact: { type: 'email' },
      reason: { requiredIf: { status: 'Withdrawn' }, allowedIf: { status: ['Withdrawn'] } },
      tags: { type: 'list', optional: true },
    },
  },
  valid: [
    ['---', 'title: Faster builds', 'status: Draft', 'id: 0042', 'home: https://x.test/a', 'contact: ada@x.test', 'tags: [ci]', '---', '# T'],
    ['---', 'title: Faster builds', 'status: withdrawn', 'id: "0042"', 'home: "[Home](https://x.test)"', 'contact: <ada@x.test>', 'reason: Superseded', '---', '# T'],
  ],
  invalid: [
    {
      name: 'each failed constraint, saying which',
      code: ['---', 'title: Fast', 'status: Draft', 'id: 42', 'home: x.test', 'contact: ada', '---', '# T'],
      errors: [
        { line: 2, column: 8, message: 'Field "title" (example) must be at least 5 characters long, found 4' },
        { line: 4, column: 5, message: 'Field "id" (example) must match /^[0-9]{4}$/, found "42"' },
        { line: 5, column: 7, message: 'Field "home" (example) must be a URL, found "x.test"' },
        { line: 6, column: 10, message: 'Field "contact" (example) must be an email address, found "ada"' },
      ],
    },
    {
      name: 'a field present where it is not allowed, with a suggestion to remove it',
      code: ['---', 'title: Faster builds', 'status: Draft', 'id: four', 'home: https://x.test', 'contact: ada@x.test', 'reason: Too slow', '---', '# T'],
      errors: [
        { line: 4, column: 5, message: 'Field "id" (example) must be an integer, found "four"' },
        { line: 7, column: 1, message: 'Field "reason" (example) is allowed only when status is "Withdrawn" (here status is "Draft")' },
      ],
      suggestionOutputs: [
        [['---', 'title: Faster builds', 'status: Draft', 'id: four', 'home: https://x.test', 'contact: ada@x.test', '---', '# T']],
      ],
    },
    {
      name: 'an empty field required by its condition',
      code: ['---', 'title: Faster builds', 'status: Withdrawn', 'id: 1234', 'home: https://x.test', 'contact: ada@x.test', 'reason:', 'tags: []', '---', '# T'],
      errors: [{ line: 7, column: 8, message: 'Field "reason" (example) is empty' }],
    },
  ],
});
