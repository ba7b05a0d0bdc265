import { checklist } from '../../rules/checklist.js';
import { testRule } from './rule-tester.js';

testRule(checklist, {
  template: [
    '# [Name]',
    '## Phase 1: [First]',
    '[Work]',
    '## Phase 2: [Second]',
    '[Work]',
    '## Tools',
    '- [ ] [Tool 1] installed',
    '- [ ] [Tool 2] configured',
    '## Release',
    '- [ ] Tests pass',
    '- [ ] Docs updated',
    '- [ ] Retry logic (if applicable)',
    '## Deployment Checklist',
    '```',
    '☐ Phase 1 implemented and tested',
    '☐ Phase 2 implemented and tested',
    '☐ Team briefed',
    '```',
  ],
  valid: [
    [
      '# S', '## Phase 1: Build', 'B.', '## Tools', '- [x] Node installed', '## Release', '1. [X] **Tests** pass!', '2. [ ] docs updated (by Ada)',
      '## Deployment Checklist', '- [x] Phase 1 implemented and tested', '- [ ] Team briefed',
    ],
    ['# S', '## Phase 1: Build', 'B.', '## Tools', '_N/A._', '## Release', 'None', '## Deployment Checklist', '```', '✅ Phase 1 implemented and tested', '☑ Team briefed', '```'],
    // A checklist in a block tagged as plain text counts as in an untagged one.
    [
      '# S', '## Phase 1: Build', 'B.', '## Tools', '```text', '☐ Node installed', '```', '## Release', '```txt', '☑ Tests pass', '☐ Docs updated', '```',
      '## Deployment Checklist', '~~~Text', '✅ Phase 1 implemented and tested', '☐ Team briefed', '~~~',
    ],
  ],
  invalid: [
    {
      name: 'missing items go after the item before them, in its list style',
      code: ['# S', '## Phase 1: Build', 'B.', '## Tools', '* [ ] Node installed', '## Release', '  * [x] Tests pass', '', 'Done.'],
      errors: [{ line: 8, column: 1, message: 'Missing task item "Docs updated" in "## Release" (example)' }],
      output: ['# S', '## Phase 1: Build', 'B.', '## Tools', '* [ ] Node installed', '## Release', '  * [x] Tests pass', '  * [ ] Docs updated', '', 'Done.'],
    },
    {
      name: 'a missing first item goes before the next one',
      code: ['# S', '## Tools', '- [ ] Node installed', '## Release', '- [ ] Docs updated'],
      errors: [{ line: 5, column: 1, message: 'Missing task item "Tests pass" in "## Release" (example)' }],
      output: ['# S', '## Tools', '- [ ] Node installed', '## Release', '- [ ] Tests pass', '- [ ] Docs updated'],
    },
    {
      name: 'no task item where placeholder items require one',
      code: ['# S', '## Tools', '- Node installed', '', '## Release', '- [ ] Tests pass', '- [ ] Docs updated'],
      errors: [{ line: 5, column: 1, message: 'No task item in "## Tools" (example), expected at least one' }],
    },
    {
      name: 'no list at all: every required item is missing, at the end of the body',
      code: ['# S', '## Tools', '- [ ] Node installed', '## Release', 'Soon.'],
      errors: [
        { line: 6, column: 1, message: 'Missing task item "Tests pass" in "## Release" (example)' },
        { line: 6, column: 1, message: 'Missing task item "Docs updated" in "## Release" (example)' },
      ],
      output: ['# S', '## Tools', '- [ ] Node installed', '## Release', 'Soon.', '', '- [ ] Tests pass', '- [ ] Docs updated'],
    },
    {
      name: 'no list at all: the new list goes before the --- that closes the body, with blank lines around it',
      code: ['# S', '## Tools', '- [ ] Node installed', '## Release', 'Soon.', '', '---', '', '## Deployment Checklist', '- [ ] Team briefed'],
      errors: [
        { line: 9, column: 1, message: 'Missing task item "Tests pass" in "## Release" (example)' },
        { line: 9, column: 1, message: 'Missing task item "Docs updated" in "## Release" (example)' },
      ],
      output: ['# S', '## Tools', '- [ ] Node installed', '## Release', 'Soon.', '', '- [ ] Tests pass', '- [ ] Docs updated', '', '---', '', '## Deployment Checklist', '- [ ] Team briefed'],
    },
    {
      name: 'no list and a heading right after the body: blank lines before and after the new list',
      code: ['# S', '## Tools', '- [ ] Node installed', '## Release', '```sh', 'make', '```', '## Deployment Checklist', '- [ ] Team briefed'],
      errors: [
        { line: 8, column: 1, message: 'Missing task item "Tests pass" in "## Release" (example)' },
        { line: 8, column: 1, message: 'Missing task item "Docs updated" in "## Release" (example)' },
      ],
      output: ['# S', '## Tools', '- [ ] Node installed', '## Release', '```sh', 'make', '```', '', '- [ ] Tests pass', '- [ ] Docs updated', '', '## Deployment Checklist', '- [ ] Team briefed'],
    },
    {
      name: 'an item naming a series member is required when the member exists; code form kept',
      code: ['# S', '## Phase 1: Build', 'B.', '## Phase 2: Ship', 'S.', '## Tools', '- [ ] Node installed', '## Release', '- [ ] Tests pass', '- [ ] Docs updated', '## Deployment Checklist', '```', '☑ Phase 1 implemented and tested', '☐ Team briefed', '```'],
      errors: [{ line: 14, column: 1, message: 'Missing task item "Phase 2 implemented and tested" in "## Deployment Checklist" (example)' }],
      output: ['# S', '## Phase 1: Build', 'B.', '## Phase 2: Ship', 'S.', '## Tools', '- [ ] Node installed', '## Release', '- [ ] Tests pass', '- [ ] Docs updated', '## Deployment Checklist', '```', '☑ Phase 1 implemented and tested', '☐ Phase 2 implemented and tested', '☐ Team briefed', '```'],
    },
  ],
});

testRule(checklist, {
  template: ['# [Name]', '## Release', '- [ ] Tests pass', '- [ ] Docs updated', '- [ ] Changelog entry', '- [ ] Tag pushed'],
  valid: [],
  invalid: [
    {
      name: 'the items missing at one place go in at once, in template order, after the lines the item before wraps onto',
      code: ['# S', '## Release', '', '* [x] Docs updated, the README', '  and the site', '  * [x] API pages', '', 'Done.'],
      errors: [
        { line: 4, column: 1, message: 'Missing task item "Tests pass" in "## Release" (example)' },
        { line: 7, column: 1, message: 'Missing task item "Changelog entry" in "## Release" (example)' },
        { line: 7, column: 1, message: 'Missing task item "Tag pushed" in "## Release" (example)' },
      ],
      output: [
        '# S', '## Release', '', '* [ ] Tests pass', '* [x] Docs updated, the README', '  and the site', '  * [x] API pages',
        '* [ ] Changelog entry', '* [ ] Tag pushed', '', 'Done.',
      ],
    },
  ],
});
