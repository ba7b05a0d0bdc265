import { requiredField } from '../../rules/required-field.js';
import { testRule } from './rule-tester.js';

const template = ['# [Name]', '', '> **Status**: Draft | Final', '>', '> **Created**: YYYY-MM-DD', '>', '> **Last Updated**: YYYY-MM-DD (optional)', '>', '> **Owner**: [Name]', '', '## Purpose', '', '[Purpose]'];

testRule(requiredField, {
  template,
  valid: [
    ['# S', '', '> **Status**: Draft', '>', '> **Created**: 2024-01-02', '>', '> **Owner**: Ada', '', '## Purpose', '', 'P.'],
    ['# S', '', '**Status:** Draft', '**Created:** 2024-01-02', '**Owner:** Ada', '', '## Purpose'],
    ['---', 'status: Draft', 'created: 2024-01-02', 'OWNER: Ada', '---', '', '# S', '', '## Purpose'],
    ['---', 'Status: Draft', 'last_updated: 2024-01-03', '---', '', '- Created: 2024-01-02', '- Owner: Ada', '', '## Purpose'],
  ],
  invalid: [
    {
      name: 'a missing field goes after the one before it, in its style and spacing',
      code: ['# S', '', '> **Status**: Draft', '>', '> **Owner**: Ada', '', '## Purpose'],
      errors: [{ line: 4, column: 1, message: 'Missing required field "Created" (example)' }],
      output: ['# S', '', '> **Status**: Draft', '>', '> **Created**: YYYY-MM-DD', '>', '> **Owner**: Ada', '', '## Purpose'],
    },
    {
      name: 'a missing first field goes before the next one',
      code: ['# S', '', '**Created:** 2024-01-02  ', '**Owner:** Ada', '', '## Purpose'],
      errors: [{ line: 3, column: 1, message: 'Missing required field "Status" (example)' }],
      output: ['# S', '', '**Status:** Draft | Final  ', '**Created:** 2024-01-02  ', '**Owner:** Ada', '', '## Purpose'],
    },
    {
      name: 'in frontmatter, in the keys\' style',
      code: ['---', 'status: Draft', 'last-updated: 2024-01-03', '---', '', '# S'],
      errors: [
        { line: 3, column: 1, message: 'Missing required field "Created" (example)' },
        { line: 4, column: 1, message: 'Missing required field "Owner" (example)' },
      ],
      output: ['---', 'status: Draft', 'created: YYYY-MM-DD', 'last-updated: 2024-01-03', 'owner: "[Name]"', '---', '', '# S'],
    },
    {
      name: 'no metadata at all: after the title, in the template\'s form',
      code: ['# S', '', '## Purpose'],
      errors: [
        { line: 2, column: 1, message: 'Missing required field "Status" (example)' },
        { line: 2, column: 1, message: 'Missing required field "Created" (example)' },
        { line: 2, column: 1, message: 'Missing required field "Owner" (example)' },
      ],
      output: ['# S', '', '> **Status:** Draft | Final', '', '> **Created:** YYYY-MM-DD', '', '> **Owner:** [Name]', '', '## Purpose'],
    },
  ],
});

testRule(requiredField, {
  template: ['---', 'title: <title>', 'status: Draft|Final  # pick one', 'authors:', '  - "@janedoe"', '  - "@johndoe"', '---', '', '# <title>'],
  valid: [['---', 'title: T', 'status: Draft', 'authors: ["@ada"]', '---', '', '# T']],
  invalid: [
    {
      name: 'the fix writes a list field as a flow sequence, and never the YAML comment',
      code: ['---', 'title: T', '---', '', '# T'],
      errors: [
        { line: 3, column: 1, message: 'Missing required field "status" (example)' },
        { line: 3, column: 1, message: 'Missing required field "authors" (example)' },
      ],
      output: ['---', 'title: T', 'status: "Draft|Final"', 'authors: ["@janedoe", "@johndoe"]', '---', '', '# T'],
    },
  ],
});

testRule(requiredField, {
  template: ['# [Title]', '', '| Status | (Draft / Final) |', '|---|---|', '| **Author(s)** | [Names] |', '| **Sponsor** | [Name] |', '', '## Goal'],
  valid: [
    // `Author(s)` is `Author` or `Authors`; a key in the plural is the same key.
    ['# T', '', '| Status | Draft |', '|---|---|', '| **Authors** | Ada, Grace |', '| **Sponsors** | Alan, Barbara |', '', '## Goal'],
    ['# T', '', '- Status: Draft', '- Author: Ada', '- Sponsor: Alan', '', '## Goal'],
  ],
  invalid: [
    {
      name: 'a missing row goes below the header and delimiter rows, never above them',
      code: ['# T', '', '| **Author(s)** | Ada |', '|---|---|', '| **Sponsor** | Alan |', '', '## Goal'],
      errors: [{ line: 5, column: 1, message: 'Missing required field "Status" (example)' }],
      output: ['# T', '', '| **Author(s)** | Ada |', '|---|---|', '| **Status** | (Draft / Final) |', '| **Sponsor** | Alan |', '', '## Goal'],
    },
  ],
});

testRule(requiredField, {
  template: ['---', 'title: <title>', 'status: Draft|Accepted|Rejected', '---', '', '# <title>'],
  external: { sections: {}, fields: { 'decision-date': { type: 'date', requiredIf: { status: ['Accepted', 'Rejected'] } }, owner: {} } },
  valid: [
    ['---', 'title: T', 'status: Draft', 'owner: Ada', '---', '# T'],
    ['---', 'title: T', 'status: accepted', 'decision_date: 2024-01-02', 'owner: Ada', '---', '# T'],
  ],
  invalid: [
    {
      name: 'a field required under a condition the document meets, and a field only the config names',
      code: ['---', 'title: T', 'status: Accepted', '---', '# T'],
      errors: [
        { line: 4, column: 1, message: 'Field "decision-date" (example) is required when status is "Accepted"' },
        { line: 4, column: 1, message: 'Missing required field "owner" (example)' },
      ],
      output: ['---', 'title: T', 'status: Accepted', 'decision_date: ""', 'owner: ""', '---', '# T'],
    },
  ],
});

testRule(requiredField, {
  template: ['# [Name]', '', '- Status: [Draft]', '- Owner: [Name]', '', '## Purpose', '', '[What]'],
  valid: [['* Status: Draft', '* Owner: Ada', '', '- one', '', '## Purpose', '', 'P.']],
  invalid: [
    {
      // A blank line does not end a list: with the same bullet the fields would be items of the document's list.
      name: 'no title, and the document opens with a list: the fields go above it with another bullet',
      code: ['- one', '- two', '', '## Purpose', '', 'P.'],
      errors: [
        { line: 1, column: 1, message: 'Missing required field "Status" (example)' },
        { line: 1, column: 1, message: 'Missing required field "Owner" (example)' },
      ],
      output: ['* Status: [Draft]', '', '* Owner: [Name]', '', '- one', '- two', '', '## Purpose', '', 'P.'],
    },
  ],
});
