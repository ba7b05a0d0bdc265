import { sectionOrder } from '../../rules/section-order.js';
import { testRule } from './rule-tester.js';

testRule(sectionOrder, {
  template: [
    '# [Name]',
    '## Problem',
    '[Problem]',
    '## Design',
    '[Design]',
    '### Steps',
    '#### Step 1: [First]',
    '[Details]',
    '#### Step 2: [Second]',
    '[Details]',
    '### Summary',
    '[Summary]',
    '## Risks',
    '[Risks]',
    '## Notes (optional)',
    '[Notes]',
  ],
  valid: [
    ['# S', '## Problem', 'P.', '## Design', 'D.', '### Steps', '#### Step 1: A', 'A.', '#### Step 2: B', 'B.', '### Summary', 'S.', '## Risks', 'R.'],
    // Unknown sections and missing ones do not disturb the order.
    ['# S', '## Problem', 'P.', '## Extra', 'E.', '## Risks', 'R.', '## Notes', 'N.'],
    // Series members share a place (their own numbering is section-series' business).
    ['# S', '## Design', '### Steps', '#### Step 2: B', 'B.', '#### Step 1: A', 'A.', '### Summary', 'S.'],
  ],
  invalid: [
    {
      name: 'a section moved up',
      code: ['# S', '## Problem', 'P.', '## Risks', 'R.', '## Design', 'D.', '## Notes', 'N.'],
      errors: [{ line: 4, column: 1, endLine: 4, endColumn: 9, message: 'Section "## Risks" (example) is out of order, expected after "## Design"' }],
    },
    {
      name: 'a section moved down past several',
      code: ['# S', '## Design', 'D.', '## Risks', 'R.', '## Notes', 'N.', '## Problem', 'P.'],
      errors: [{ line: 8, column: 1, message: 'Section "## Problem" (example) is out of order, expected before "## Design"' }],
    },
    {
      name: 'within a subsection',
      code: ['# S', '## Design', '### Summary', 'S.', '### Steps', '#### Step 1: A', 'A.'],
      errors: [{ line: 3, column: 1, message: 'Section "### Summary" (example) is out of order, expected after "### Steps"' }],
    },
  ],
});

testRule(sectionOrder, {
  template: ['# [Name]', '## Phase 1: [First]', '[Work]', '## Phase 2: [Second]', '[Work]', '## Risks', '[Risks]'],
  valid: [['# S', '## Phase 1: Build', 'B.', '## Phase 2: Ship', 'S.', '## Phase 3: Tune', 'T.', '## Risks', 'R.']],
  invalid: [
    {
      name: 'a series member is named as the document writes it',
      code: ['# S', '## Risks', 'R.', '## Phase 1: Build', 'B.'],
      errors: [{ line: 2, column: 1, message: 'Section "## Risks" (example) is out of order, expected after "## Phase 1: Build"' }],
    },
  ],
});
