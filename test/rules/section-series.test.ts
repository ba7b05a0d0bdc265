import { sectionSeries } from '../../rules/section-series.js';
import { testRule } from './rule-tester.js';

testRule(sectionSeries, {
  template: [
    '# [Name]',
    '## Overview',
    '[Overview]',
    '## Steps',
    '### Step 1: [First]',
    '[Details]',
    '### Step 2: [Second]',
    '[Details]',
    '## Appendix (optional)',
    '### Appendix A: [Title]',
    '[Content]',
    '### Appendix B: [Title]',
    '[Content]',
  ],
  valid: [
    ['# S', '## Overview', 'O.', '## Steps', '### Step 1: Index', 'I.'],
    ['# S', '## Overview', 'O.', '## Steps', '### Step 1', 'I.', '### Step 2', 'Q.', '### Step 3: Ship', 'S.', '## Appendix', '### Appendix A: Data', 'D.'],
    // An empty parent is empty-section's finding.
    ['# S', '## Overview', 'O.', '## Steps'],
  ],
  invalid: [
    {
      name: 'a gap',
      code: ['# S', '## Overview', 'O.', '## Steps', '### Step 1: Index', 'I.', '### Step 4: Ship', 'S.'],
      errors: [{ line: 7, column: 1, message: 'Series "### Step {n}" (example) skips 2 to 3: "### Step 4: Ship" follows "### Step 1: Index"' }],
    },
    {
      name: 'starting past 1, then going backwards',
      code: ['# S', '## Overview', 'O.', '## Steps', '### Step 2: Index', 'I.', '### Step 3: Query', 'Q.', '### Step 3: Again', 'A.'],
      errors: [
        { line: 5, column: 1, message: 'Series "### Step {n}" (example) starts at 2, expected 1' },
        { line: 9, column: 1, message: 'Series "### Step {n}" (example) goes backwards: "### Step 3: Again" follows "### Step 3: Query"' },
      ],
    },
    {
      name: 'letters',
      code: ['# S', '## Overview', 'O.', '## Steps', '### Step 1', 'I.', '## Appendix', '### Appendix B: Data', 'D.'],
      errors: [{ line: 8, column: 1, message: 'Series "### Appendix {A}" (example) starts at B, expected A' }],
    },
    {
      name: 'an empty series, with a fix inserting its first template member',
      code: ['# S', '## Overview', 'O.', '## Steps', 'Nothing yet.', '## Appendix', '### Appendix A: Data', 'D.'],
      errors: [{ line: 6, column: 1, message: 'Missing numbered series "### Step {n}" (example), expected under "## Steps"' }],
      output: ['# S', '## Overview', 'O.', '## Steps', 'Nothing yet.', '### Step 1: [First]', '', '[Details]', '', '## Appendix', '### Appendix A: Data', 'D.'],
    },
  ],
});

testRule(sectionSeries, {
  template: [
    '# [Name]',
    '## Phase 1: Foundation (Week 1-2)',
    '### Day 1-2: Quick Wins',
    '#### 1.1 [Quick Win Name]',
    '[Details]',
    '#### 1.2 [Another Quick Win]',
    '[Details]',
    '### Day 3-5: [Major Component]',
    '[Details]',
    '## Phase 2: [Phase Name] (Week 3-4)',
    '[Same structure as Phase 1]',
  ],
  valid: [
    ['# S', '## Phase 1: Base', '### Day 1-2: Wins', '#### 1.1 Pool', 'P.', '#### 1.2 Keys', 'K.', '### Day 3-5: Cache', 'C.', '### Day 5-7: More', 'M.', '### Day 8', 'E.'],
  ],
  invalid: [
    {
      name: 'ranges start at 1 and never go backwards; dotted numbers run by their last part',
      code: ['# S', '## Phase 1: Base', '### Day 2-3: Wins', '#### 1.1 Pool', 'P.', '#### 1.3 Keys', 'K.', '### Day 1-2: Cache', 'C.'],
      errors: [
        { line: 3, column: 1, message: 'Series "### Day {a}-{b}" (example) starts at 2-3, expected 1' },
        { line: 6, column: 1, message: 'Series "#### {x}.{n} …" (example) skips 1.2: "#### 1.3 Keys" follows "#### 1.1 Pool"' },
        { line: 8, column: 1, message: 'Series "### Day {a}-{b}" (example) goes backwards: "### Day 1-2: Cache" follows "### Day 2-3: Wins"' },
      ],
    },
  ],
});
