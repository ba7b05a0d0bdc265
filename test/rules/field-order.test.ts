import { fieldOrder } from '../../rules/field-order.js';
import { testRule } from './rule-tester.js';

testRule(fieldOrder, {
  template: ['# [Name]', '', '- Status: [Draft/Final]', '- Owner: [Name]', '- Created: [YYYY-MM-DD]', '- Updated: [YYYY-MM-DD]', '', '## Purpose'],
  valid: [
    ['# S', '', '- Status: Draft', '- Created: 2024-01-02', '- Notes: free', '- Updated: 2024-01-03'],
    // Frontmatter and body metadata are ordered each on its own.
    ['---', 'owner: Ada', '---', '# S', '', '- Status: Draft', '- Created: 2024-01-02'],
  ],
  invalid: [
    {
      name: 'the fewest fields out of order, each moved before the next one in order',
      code: ['# S', '', '- Updated: 2024-01-03', '- Status: Draft', '- Owner: Ada', '- Created: 2024-01-02', '', '## Purpose'],
      errors: [{ line: 3, column: 3, message: 'Field "Updated" (example) is out of order: expected after "Created"' }],
      output: ['# S', '', '- Status: Draft', '- Owner: Ada', '- Created: 2024-01-02', '- Updated: 2024-01-03', '', '## Purpose'],
    },
    {
      name: 'a header field moves down with its carried-on rows; the delimiter row stays second',
      code: [
        '# S',
        '',
        '| Updated | 2024-01-03 |',
        ':--- |:--- |',
        '|         | (twice) |',
        '| Status | Draft |',
        '| Owner | Ada |',
        '| Created | 2024-01-02 |',
        '',
        '## Purpose',
      ],
      errors: [{ line: 3, column: 1, message: 'Field "Updated" (example) is out of order: expected after "Created"' }],
      output: [
        '# S',
        '',
        '| Status | Draft |',
        ':--- |:--- |',
        '| Owner | Ada |',
        '| Created | 2024-01-02 |',
        '| Updated | 2024-01-03 |',
        '|         | (twice) |',
        '',
        '## Purpose',
      ],
    },
    {
      name: 'a frontmatter field with its list moves whole',
      code: ['---', 'owner:', '  - Ada', '  - Grace', 'status: Draft', '---', '# S'],
      errors: [{ line: 5, column: 1, message: 'Field "status" (example) is out of order: expected before "owner"' }],
      output: ['---', 'status: Draft', 'owner:', '  - Ada', '  - Grace', '---', '# S'],
    },
  ],
});

testRule(fieldOrder, {
  template: ['# [Name]', '', '| Status | (Draft / Final) |', '|---|---|', '| Owner | [Name] |', '| Created | YYYY-MM-DD |', '', '## Purpose'],
  external: { sections: {}, fieldOrder: ['Created', 'Status'] },
  valid: [['# S', '', '| Created | 2024-01-02 |', '|---|---|', '| Owner | Ada |', '| Status | Draft |']],
  invalid: [
    {
      name: 'the config fieldOrder; a body row moves above the header row, which becomes a body row',
      code: ['# S', '', '| Status | Draft |', '|---|---|', '| Created | 2024-01-02 |'],
      errors: [{ line: 5, column: 1, message: 'Field "Created" (example) is out of order: expected before "Status"' }],
      output: ['# S', '', '| Created | 2024-01-02 |', '|---|---|', '| Status | Draft |'],
    },
    {
      name: 'body rows under a header naming the columns, the last line of the file without a line break',
      code: '# S\n\n| Field | Value |\n|---|---|\n| Status | Draft |\n| Owner | Ada |\n| Created | 2024-01-02 |',
      errors: [{ line: 7, column: 1, message: 'Field "Created" (example) is out of order: expected before "Status"' }],
      output: '# S\n\n| Field | Value |\n|---|---|\n| Created | 2024-01-02 |\n| Status | Draft |\n| Owner | Ada |',
    },
  ],
});
