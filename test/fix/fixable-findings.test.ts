/**
 * Every kind of finding with a sure repair: its fix applied to a document (the built-in templates'
 * violation fixtures where one shows the case) gives exactly the expected text, shown as a diff, and
 * checking the result again gives no finding of that kind.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { lintOutline } from '../../src/engine/lint-outline.js';
import { applyFixes } from '../../src/fix/apply-fixes.js';
import { fixSource } from '../../src/fix/fix-source.js';
import { unifiedDiff } from '../../src/fix/unified-diff.js';
import type { Finding, RuleId } from '../../src/lint/types.js';
import { buildOutline } from '../../src/outline/index.js';
import { compileTemplate } from '../../src/template/compile.js';
import type { GuideSchema } from '../../src/template/schema.js';

const builtin = (name: string): GuideSchema =>
  compileTemplate(readFileSync(new URL(`../../templates/${name}.md`, import.meta.url), 'utf8'), { name });
const fixture = (template: string, file: string): string =>
  readFileSync(new URL(`../../fixtures/${template}/invalid/${file}`, import.meta.url), 'utf8');
const example = (lines: string[]): GuideSchema => compileTemplate(`${lines.join('\n')}\n`, { name: 'example' });

function findingsOf(source: string, schema: GuideSchema, ruleId: RuleId): Finding[] {
  return lintOutline(buildOutline(source), schema).filter((finding) => finding.ruleId === ruleId);
}

/** Applies the fixes of one rule's findings (in passes, as `--fix`) and returns the diff; checks that nothing of that kind is left. */
function fixDiff(source: string, schema: GuideSchema, ruleId: RuleId): string {
  expect(findingsOf(source, schema, ruleId).every((finding) => finding.fix)).toBe(true);
  const { output, messages } = fixSource(source, (text) => findingsOf(text, schema, ruleId));
  expect(output).not.toBe(source);
  expect(messages).toEqual([]);
  return unifiedDiff(source, output, { from: 'a/doc.md', to: 'b/doc.md' });
}

const diff = (...lines: string[]): string => ['--- a/doc.md', '+++ b/doc.md', ...lines, ''].join('\n');

describe('required-section: the template\'s section, at the place the order requires', () => {
  it('inserts the heading and the template\'s body, labels and placeholders included', () => {
    expect(fixDiff(fixture('design-doc', 'required-section.md'), builtin('design-doc'), 'required-section')).toBe(
      diff(
        '@@ -315,6 +315,19 @@',
        ' ',
        ' ---',
        ' ',
        '+## Security Considerations',
        '+',
        '+**Potential Risks:**',
        '+1. [Risk 1] - [mitigation]',
        '+2. [Risk 2] - [mitigation]',
        '+',
        '+**Input Validation:**',
        '+- [What needs validation]',
        '+- [Validation approach]',
        '+',
        '+**Dependencies:**',
        '+- [New dependencies and their security posture]',
        '+',
        ' ## Future Considerations',
        ' ',
        ' 1. **Weighted request costs**',
      ),
    );
  });

  it('inserts a missing subsection with its code block', () => {
    expect(fixDiff(fixture('task-guide', 'required-section-nested.md'), builtin('task-guide'), 'required-section')).toBe(
      diff(
        '@@ -152,6 +152,16 @@',
        ' npm run payouts:export -- --account acct_1PzX --day 2026-02-11 --tz Pacific/Auckland',
        ' ```',
        ' ',
        '+### Debugging Commands',
        '+',
        '+```bash',
        '+# Enable debug logging',
        '+export DEBUG=chrono:*',
        '+',
        '+# Check logs',
        '+tail -f logs/chrono-xxx.log',
        '+```',
        '+',
        ' ## Performance Optimization',
        ' ',
        ' ### Optimization Checklist',
      ),
    );
  });

  it('brings the required subsections, not the optional ones, and leaves out the rules between sections', () => {
    const schema = example([
      '# [Name]',
      '## Problem',
      '[Problem]',
      '## Rollout',
      '<!-- guidelint: closed -->',
      '[How it ships]',
      '',
      '**Verification:** [How we know]',
      '### Stages',
      '[Stages]',
      '### Extras (optional)',
      '[Extras]',
      '### Owners',
      '- [ ] [Owner]',
      '',
      '---',
      '## Risks',
      '[Risks]',
    ]);
    const source = '# Search\n\n## Problem\n\nSlow.\n\n## Risks\n\nNone.\n';
    expect(fixDiff(source, schema, 'required-section')).toBe(
      diff(
        '@@ -4,6 +4,20 @@',
        ' ',
        ' Slow.',
        ' ',
        '+## Rollout',
        '+',
        '+[How it ships]',
        '+',
        '+**Verification:** [How we know]',
        '+',
        '+### Stages',
        '+',
        '+[Stages]',
        '+',
        '+### Owners',
        '+',
        '+- [ ] [Owner]',
        '+',
        ' ## Risks',
        ' ',
        ' None.',
      ),
    );
  });

  it('gives a section with neither body nor required subsection its first subsection, so it is not empty', () => {
    const schema = example(['# [Name]', '## Plan', '### Now (optional)', '[Now]', '### Later (optional)', '[Later]']);
    expect(fixDiff('# Search\n', schema, 'required-section')).toBe(
      diff('@@ -1 +1,7 @@', ' # Search', '+', '+## Plan', '+', '+### Now (optional)', '+', '+[Now]'),
    );
  });
});

describe('section-series: the template\'s first member', () => {
  it('inserts member 1 with its body', () => {
    expect(fixDiff(fixture('design-doc', 'section-series-empty.md'), builtin('design-doc'), 'section-series')).toBe(
      diff(
        '@@ -216,6 +216,20 @@',
        ' ',
        ' ---',
        ' ',
        '+### Alternative 1: [Approach Name]',
        '+',
        '+**Description:** [How this alternative would work]',
        '+',
        '+**Pros:**',
        '+- [Advantage 1]',
        '+- [Advantage 2]',
        '+',
        '+**Cons:**',
        '+- [Disadvantage 1]',
        '+- [Disadvantage 2]',
        '+',
        '+**Decision:** [Why this was not chosen]',
        '+',
        ' ## Trade-offs and Limitations',
        ' ',
        ' ### Trade-offs',
      ),
    );
  });
});

describe('required-field: the template\'s line, in the document\'s own metadata form', () => {
  it('a blockquote line, spaced as the document spaces its fields', () => {
    expect(fixDiff(fixture('design-doc', 'required-field.md'), builtin('design-doc'), 'required-field')).toBe(
      diff(
        '@@ -2,6 +2,8 @@',
        ' ',
        ' > **Status**: In Progress',
        ' >',
        '+> **Created**: YYYY-MM-DD',
        '+>',
        ' > **Last Updated**: 2026-02-03',
        ' >',
        ' > **Related**: [Edge gateway architecture](./edge-gateway.md), [Tenant quota service](./tenant-quotas.md)',
      ),
    );
  });

  it('a bold line, with the neighbour\'s markup', () => {
    expect(fixDiff(fixture('implementation-spec', 'required-field.md'), builtin('implementation-spec'), 'required-field')).toBe(
      diff(
        '@@ -3,6 +3,7 @@',
        ' **Component**: Ledger Service',
        ' **Document Status**: Current',
        ' **Last Updated**: 2026-03-02',
        '+**Implements**: Link to component spec',
        ' ',
        ' ## Implementation Overview',
        ' ',
      ),
    );
  });

  it('a frontmatter key, named like the document\'s keys', () => {
    expect(fixDiff(fixture('design-doc', 'required-field-frontmatter.md'), builtin('design-doc'), 'required-field')).toBe(
      diff(
        '@@ -1,5 +1,6 @@',
        ' ---',
        ' status: Planning',
        '+created: YYYY-MM-DD',
        ' last_updated: 2025-12-01',
        ' related:',
        '   - "[Catalog service overview](../catalog/overview.md)"',
      ),
    );
  });

  const listTemplate = example(['# [Name]', '', '- Start Date: [YYYY-MM-DD]', '- Owner: [Name]', '- Status: [Draft/Final]', '', '## Summary', '[Summary]']);

  it('a list item', () => {
    expect(fixDiff('# Search\n\n- Start Date: 2024-01-02\n- Status: Draft\n\n## Summary\n\nFast.\n', listTemplate, 'required-field')).toBe(
      diff('@@ -1,6 +1,7 @@', ' # Search', ' ', ' - Start Date: 2024-01-02', '+- Owner: [Name]', ' - Status: Draft', ' ', ' ## Summary'),
    );
  });

  it('the document\'s form when none of the template\'s fields is there yet', () => {
    expect(fixDiff('# Search\n\n**Team:** Core\n\n## Summary\n\nFast.\n', listTemplate, 'required-field')).toBe(
      diff(
        '@@ -1,6 +1,9 @@',
        ' # Search',
        ' ',
        ' **Team:** Core',
        '+**Start Date:** [YYYY-MM-DD]',
        '+**Owner:** [Name]',
        '+**Status:** [Draft/Final]',
        ' ',
        ' ## Summary',
        ' ',
      ),
    );
  });
});

describe('field-value: a suggestion per allowed value', () => {
  it('offers each enum value in place of the wrong one', () => {
    const source = fixture('design-doc', 'field-value.md');
    const [finding] = findingsOf(source, builtin('design-doc'), 'field-value');
    expect(finding!.fix).toBeUndefined();
    expect(finding!.suggestions!.map((suggestion) => suggestion.desc)).toEqual([
      'Set to "Draft"',
      'Set to "Planning"',
      'Set to "In Progress"',
      'Set to "Implemented"',
      'Set to "Deprecated"',
    ]);
    const output = applyFixes(source, [finding!.suggestions![2]!.fix]).output;
    expect(unifiedDiff(source, output, { from: 'a/doc.md', to: 'b/doc.md' })).toBe(
      diff('@@ -1,6 +1,6 @@', ' # Gateway Rate Limiter', ' ', '-> **Status**: In Review', '+> **Status**: In Progress', ' >', ' > **Created**: 2026-01-12', ' >'),
    );
    expect(findingsOf(output, builtin('design-doc'), 'field-value')).toEqual([]);
  });

  it('offers them for an enum placeholder left in, the one a fix writes too', () => {
    const schema = builtin('design-doc');
    const source = fixture('design-doc', 'required-field.md').replace('**Status**: In Progress', '**Status**: Draft | Planning | In Progress | Implemented | Deprecated');
    const [finding] = findingsOf(source, schema, 'placeholder');
    expect(finding!.message).toBe('Placeholder "Draft | Planning | In Progress | Implemented | Deprecated" left in from the template (design-doc)');
    expect(finding!.suggestions!.map((suggestion) => suggestion.fix.text)).toEqual(['Draft', 'Planning', 'In Progress', 'Implemented', 'Deprecated']);
    const output = applyFixes(source, [finding!.suggestions![0]!.fix]).output;
    expect(output.split('\n')[2]).toBe('> **Status**: Draft');
    expect([...findingsOf(output, schema, 'placeholder'), ...findingsOf(output, schema, 'field-value')]).toEqual([]);
  });
});

describe('checklist: the missing item, unchecked, in the list\'s style', () => {
  it('a ☐ line in a code block', () => {
    expect(fixDiff(fixture('phased-guide', 'checklist.md'), builtin('phased-guide'), 'checklist')).toBe(
      diff(
        '@@ -324,6 +324,7 @@',
        ' ☐ All tests passing (100% success rate)',
        ' ☐ Documentation updated',
        ' ☐ Monitoring configured',
        '+☐ Rollback procedure tested',
        ' ☐ Team briefed on deployment',
        ' ```',
        ' ',
      ),
    );
  });

  it('a GFM task item appended to the list', () => {
    expect(fixDiff(fixture('task-guide', 'checklist.md'), builtin('task-guide'), 'checklist')).toBe(
      diff(
        '@@ -48,6 +48,7 @@',
        ' - [x] Implement PayoutReader (keyset pagination over `payouts`)',
        ' - [ ] Implement CsvWriter',
        ' - [ ] Implement ExportUploader',
        '+- [ ] Connect components',
        ' ',
        ' ### Phase 3: Error Handling & Edge Cases',
        ' ',
      ),
    );
  });
});

describe('heading-level: the template\'s number of #s', () => {
  it('rewrites an ATX heading\'s marker', () => {
    expect(fixDiff(fixture('design-doc', 'heading-level.md'), builtin('design-doc'), 'heading-level')).toBe(
      diff(
        '@@ -341,7 +341,7 @@',
        ' ',
        ' ---',
        ' ',
        '-### Cross-References',
        '+## Cross-References',
        ' ',
        ' **Related Design Documents:**',
        ' - [edge-gateway.md](./edge-gateway.md) - Where the layer sits in the request pipeline',
      ),
    );
  });

  it('turns a setext heading into an ATX one', () => {
    const schema = example(['# [Name]', '## Problem', '[Problem]', '### Cause', '[Cause]']);
    expect(fixDiff('# Search\n\n## Problem\n\nSlow.\n\nCause\n=====\n\nDisk.\n', schema, 'heading-level')).toBe(
      diff('@@ -4,7 +4,6 @@', ' ', ' Slow.', ' ', '-Cause', '-=====', '+### Cause', ' ', ' Disk.'),
    );
  });
});
