import { tableColumns } from '../../rules/table-columns.js';
import { testRule } from './rule-tester.js';

testRule(tableColumns, {
  template: [
    '# [Name]',
    '## Configuration',
    '| Parameter | Type | Default |',
    '|-----------|------|---------|',
    '| [name] | [type] | [default] |',
    '## Change Log',
    '| Date | Version | Description of Changes |',
    '|------|---------|------------------------|',
    '| [YYYY-MM-DD] | [1.0] | [Initial version] |',
  ],
  valid: [
    ['# S', '## Configuration', '| **Parameter** | Type | Unit | Default |', '|---|---|---|---|', '| port | int | - | 80 |', '## Change Log', '| Date | Version | Description of changes |', '|---|---|---|', '| 2024-01-31 | 1.0 | First |'],
    ['# S', '## Configuration', 'Not applicable.', '## Change Log', '> | Date | Version | Description of Changes |', '> |---|---|---|', '> | [YYYY-MM-DD] | 1.0 | Left for the placeholder rule |'],
  ],
  invalid: [
    {
      name: 'columns out of order, missing or renamed',
      code: ['# S', '## Configuration', '| Type | Parameter | Default |', '|---|---|---|', '| int | port | 80 |', '## Change Log', '| Date | Description of Changes |', '|---|---|', '| 2024-01-31 | First |'],
      errors: [
        {
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 29,
          message: 'Table in "## Configuration" (example) needs the columns "Parameter", "Type", "Default" in this order, found "Type", "Parameter", "Default"',
        },
        {
          line: 7,
          column: 1,
          message: 'Table in "## Change Log" (example) needs the columns "Date", "Version", "Description of Changes" in this order, found "Date", "Description of Changes"',
        },
      ],
    },
    {
      name: 'no table, and dates that are none',
      code: ['# S', '## Configuration', '- port: 80', '', '## Change Log', '| Date | Version | Description of Changes |', '|---|---|---|', '| 2024-02-30 | 1.0 | First |', '| soon | 1.1 | Next |'],
      errors: [
        { line: 5, column: 1, message: 'Missing table with the columns "Parameter", "Type", "Default" in "## Configuration" (example)' },
        { line: 8, column: 3, endLine: 8, endColumn: 13, message: 'Cell "2024-02-30" in column "Date" of the table in "## Change Log" (example) is not a date (YYYY-MM-DD)' },
        { line: 9, column: 3, message: 'Cell "soon" in column "Date" of the table in "## Change Log" (example) is not a date (YYYY-MM-DD)' },
      ],
    },
  ],
});
