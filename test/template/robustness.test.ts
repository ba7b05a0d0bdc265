import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { compileTemplate, TemplateError } from '../../src/template/compile.js';
import { compilePattern } from '../../src/template/text.js';
import { allRules } from './find-rule.js';

/** Lines in the style of real templates, mixed at random. */
const LINE = fc.constantFrom(
  '# [Feature] Guide',
  '## Step 1: [Name]',
  '## Step 2: [Name]',
  '### <Algorithm Name>',
  '### {title of option}',
  '## Phase 1: Foundation (Week 1-2)',
  '#### 1.1 [Quick Win]',
  '### Day 3-5: [Component]',
  '## Notes (optional)',
  '## Appendix A: [Title]',
  '**Status:** Draft | Done',
  '**Owner:** [Name] (optional)',
  '- Key: (fill me in)',
  '---',
  '- [ ] [Task 1]',
  '- [ ] Phase 1 implemented',
  '☐ Pre-flight complete',
  '```rust',
  '```',
  '| Date | Version |',
  '|---|---|',
  '| [YYYY-MM-DD] | [1.0] |',
  '<!-- guidelint: repeat 0.. -->',
  '<!-- This is an optional element. -->',
  '[If relevant]',
  '[Same structure as Step 1]',
  'Text with `<code>` and [a link](path/to/x.md).',
  '',
);

describe('compileTemplate on arbitrary template-like text', () => {
  it('returns a schema whose patterns compile, or throws a TemplateError', () => {
    fc.assert(
      fc.property(fc.array(LINE, { maxLength: 40 }), (lines) => {
        try {
          const schema = compileTemplate(lines.join('\n'), { name: 'fuzz' });
          for (const rule of allRules(schema)) {
            compilePattern(rule.pattern);
            rule.body.labels.forEach((label) => compilePattern(label.pattern));
            rule.body.tasks?.items.forEach((item) => compilePattern(item.pattern));
          }
          if (schema.title) compilePattern(schema.title.pattern);
          expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
        } catch (error) {
          expect(error).toBeInstanceOf(TemplateError);
        }
      }),
      { numRuns: 300, seed: 20261123 },
    );
  });
});
