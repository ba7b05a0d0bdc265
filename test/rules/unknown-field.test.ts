import { unknownField } from '../../rules/unknown-field.js';
import { testRule } from './rule-tester.js';

testRule(unknownField, {
  template: ['---', 'title: <title>', 'status: Draft|Final', 'author(s): <names>', '---', '', '# <title>'],
  external: { sections: {}, fields: { 'decision-date': { type: 'date', optional: true } } },
  valid: [
    ['---', 'template: xip', 'title: T', 'Status: Draft', 'authors: [Ada]', 'decision_date: 2024-01-02', '---', '# T'],
    ['# T', '', '**Status:** Draft', '**Author:** Ada'],
  ],
  invalid: [
    {
      name: 'a field neither the template nor the config names, with a suggestion to remove it',
      code: ['---', 'title: T', 'status: Draft', 'mood: upbeat', 'tags:', '  - fast', '---', '# T'],
      errors: [
        { line: 4, column: 1, message: 'Unknown field "mood": the template (example) has no such field' },
        { line: 5, column: 1, message: 'Unknown field "tags": the template (example) has no such field' },
      ],
      output: null,
      suggestionOutputs: [
        [['---', 'title: T', 'status: Draft', 'tags:', '  - fast', '---', '# T']],
        [['---', 'title: T', 'status: Draft', 'mood: upbeat', '---', '# T']],
      ],
    },
  ],
});
