/**
 * Where a missing section goes (and where its fix writes it): next to siblings that are in order,
 * inside its parent, before a subsection the document wrote one level too deep.
 */
import { describe, expect, it } from '@jest/globals';
import { lintOutline } from '../../src/engine/lint-outline.js';
import { fixSource } from '../../src/fix/fix-source.js';
import { outlineFromMarkdownIt } from '../../src/outline/from-markdown-it.js';
import { compileTemplate } from '../../src/template/compile.js';

const schema = compileTemplate(
  ['# [Title]', '', '## Implementation', '', '### Design', '', '[How]', '', '### Tests', '', '[What]', '', '## Checklist', '', '- [ ] Done', ''].join('\n'),
  { name: 'example' },
);

describe('a missing subsection whose parent holds a section of another scope, one level too deep', () => {
  const source = ['# Plan', '', '## Implementation', '', '### Checklist', '', '- [ ] Done', ''].join('\n');
  const findings = lintOutline(outlineFromMarkdownIt(source), schema);

  it('is expected before it: once its level is fixed, what follows it is the other section', () => {
    expect(findings.map((f) => `${f.line} ${f.ruleId} ${f.message}`)).toEqual([
      '5 heading-level Section "## Checklist" (example) has heading level 3, expected 2',
      '5 required-section Missing required section "### Design" (example), expected under "## Implementation"',
      '5 required-section Missing required section "### Tests" (example), expected under "## Implementation"',
    ]);
  });

  it('so --fix writes it under its parent', () => {
    const { output } = fixSource(source, (text) => lintOutline(outlineFromMarkdownIt(text), schema));
    expect(output).toBe(
      ['# Plan', '', '## Implementation', '', '### Design', '', '[How]', '', '### Tests', '', '[What]', '', '## Checklist', '', '- [ ] Done', ''].join('\n'),
    );
  });
});
