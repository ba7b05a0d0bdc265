/**
 * A section that holds only a placeholder of the template (`[Same structure as Phase 1]`) is
 * unwritten: `placeholder` reports it once; the body rules and the subsections it lacks do not
 * pile up on it. A template checked against itself therefore reports only its placeholders.
 */
import { describe, expect, it } from '@jest/globals';
import { lintOutline } from '../../src/engine/lint-outline.js';
import { outlineFromRemark } from '../../src/outline/from-remark.js';
import { compileTemplate } from '../../src/template/compile.js';

const TEMPLATE = `# [Name] Plan

## Phase 1: [Phase Name]

**Goal:** [What it achieves]

\`\`\`sh
[command to run]
\`\`\`

### Step 1: [Task]

[Details]

## Phase 2: [Phase Name]

[Same structure as Phase 1]
`;

const schema = compileTemplate(TEMPLATE, { name: 'plan' });
const findings = (text: string): string[] =>
  lintOutline(outlineFromRemark(text), schema, { rules: { 'required-label': 'error', 'code-block': 'error' } }).map(
    (finding) => `${finding.line}:${finding.column} ${finding.ruleId}`,
  );

const PHASE_1 = '## Phase 1: Build\n\n**Goal:** Ship it.\n\n```sh\nmake\n```\n\n### Step 1: Compile\n\nRun make.\n';

describe('unwritten sections', () => {
  it('gives the template checked against itself only its placeholders', () => {
    expect(new Set(findings(TEMPLATE).map((finding) => finding.split(' ')[1]))).toEqual(new Set(['placeholder']));
  });

  it('reports the placeholder of an unwritten section, and neither its labels, code nor subsections', () => {
    expect(findings(`# Launch Plan\n\n${PHASE_1}\n## Phase 2: Rollout\n\n[Same structure as Phase 1]\n`)).toEqual([
      '17:1 placeholder',
    ]);
  });

  it('reports what a written section lacks, and a placeholder of the document that is not the template’s', () => {
    expect(findings(`# Launch Plan\n\n${PHASE_1}\n## Phase 2: Rollout\n\nWe roll out by region.\n`)).toEqual([
      '18:1 code-block',
      '18:1 required-label',
      '18:1 section-series',
    ]);
    expect(findings(`# Launch Plan\n\n${PHASE_1}\n## Phase 2: Rollout\n\n[TBD]\n`)).toEqual([
      '18:1 code-block',
      '18:1 required-label',
      '18:1 section-series',
    ]);
  });
});
