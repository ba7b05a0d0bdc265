import { describe, expect, it } from '@jest/globals';
import { lintOutline } from '../../src/engine/lint-outline.js';
import { outlineFromRemark } from '../../src/outline/from-remark.js';
import { compileTemplate } from '../../src/template/compile.js';
import { schemaOf, section } from '../match/schema-builders.js';

const schema = schemaOf([section('Problem'), section('Design'), section('Risks')]);

function lint(lines: string[], options = {}) {
  return lintOutline(outlineFromRemark(`${lines.join('\n')}\n`), schema, options).map(
    (finding) => `${finding.line}:${finding.column} ${finding.severity} ${finding.ruleId} ${finding.message}`,
  );
}

describe('lintOutline', () => {
  it('returns no finding for a conforming document', () => {
    expect(lint(['# S', '## Problem', 'P.', '## Design', 'D.', '## Risks', 'R.'])).toEqual([]);
  });

  it('runs the enabled rules and sorts the findings by line, column and rule id', () => {
    expect(lint(['# S', '## Design', 'D.', '## Problem', 'P.', '## Notes', 'N.'], { rules: { 'unknown-section': 'warn' } })).toEqual([
      '2:1 2 section-order Section "## Design" (example) is out of order, expected after "## Problem"',
      // Not after "## Design": a section out of order is no anchor for a missing one.
      '6:1 2 required-section Missing required section "## Risks" (example), expected after "## Problem"',
      '6:1 1 unknown-section Unknown section "## Notes": the template (example) has no such section',
    ]);
  });

  it('applies severities from the options, "off" included', () => {
    expect(lint(['# S', '## Problem', 'P.', '## Design', 'D.'], { rules: { 'required-section': 'warn' } })).toEqual([
      '6:1 1 required-section Missing required section "## Risks" (example), expected after "## Design"',
    ]);
    expect(lint(['# S', '## Problem', 'P.', '## Design', 'D.'], { rules: { 'required-section': 'off' } })).toEqual([]);
  });

  it('reports unknown sections of closed scopes while unknown-section is off by default', () => {
    const closed = schemaOf([section('Problem', { closed: true }), section('Design', { required: false })]);
    const findings = lintOutline(
      outlineFromRemark('# S\n## Problem\n### Aside\nA.\n## Notes\nN.\n'),
      closed,
    ).map((finding) => `${finding.line} ${finding.severity} ${finding.message}`);
    expect(findings).toEqual(['3 2 Unknown section "### Aside" under "## Problem": the template (example) has no such section']);
    expect(lintOutline(outlineFromRemark('# S\n## Problem\n### Aside\nA.\n'), closed, { rules: { 'unknown-section': 'off' } })).toEqual([]);
  });

  it('reports unknown fields of closed metadata while unknown-field is off by default, unless turned off', () => {
    const closedFields = compileTemplate('# [Name]\n\n**Status:** [Draft/Final]\n<!-- guidelint: closed -->\n\n## Problem\n', { name: 'example' });
    const outline = outlineFromRemark('# S\n\n**Status:** Draft\n**Mood:** Upbeat\n\n## Problem\n\nP.\n\n## Notes\n\nN.\n');
    expect(lintOutline(outline, closedFields).map((finding) => `${finding.line} ${finding.severity} ${finding.ruleId} ${finding.message}`)).toEqual([
      '4 2 unknown-field Unknown field "Mood": the template (example) has no such field',
    ]);
    expect(lintOutline(outline, closedFields, { rules: { 'unknown-field': 'off' } })).toEqual([]);
    expect(lintOutline(outline, closedFields, { rules: { 'unknown-field': 'warn' } }).map((finding) => finding.severity)).toEqual([1]);
  });

  it('gives a document with broken frontmatter one fatal finding and nothing else', () => {
    const outline = outlineFromRemark('---\ntitle: [unclosed\n---\n\n## Design\n');
    expect(lintOutline(outline, schema)).toEqual([
      {
        ruleId: null,
        severity: 2,
        fatal: true,
        message: outline.frontmatter!.error,
        line: 1,
        column: 1,
        endLine: 3,
        endColumn: 4,
      },
    ]);
  });

  describe('inline control comments', () => {
    const missingAll = ['# S', '## Notes', 'N.'];

    it('disable-file turns rules off for the whole document', () => {
      expect(lint(['<!-- guidelint-disable-file required-section -->', ...missingAll])).toEqual([]);
      expect(lint([...missingAll, '<!-- guidelint-disable-file -->'])).toEqual([]);
      expect(lint(['<!-- guidelint-disable-file title -->', ...missingAll])).toHaveLength(3);
    });

    it('disable … enable turns rules off for a range, by id or all', () => {
      const document = ['# S', '<!-- guidelint-disable section-order, title -- moved on purpose -->', '## Design', 'D.', '## Problem', 'P.', '<!-- guidelint-enable section-order -->', '## Risks', 'R.', '## Notes', 'More.'];
      expect(lint(document, { rules: { 'unknown-section': 'error' } })).toEqual([
        '10:1 2 unknown-section Unknown section "## Notes": the template (example) has no such section',
      ]);
      const all = ['# S', '<!-- guidelint-disable -->', '## Design', 'D.', '<!-- guidelint-enable -->', '## Problem', 'P.', '## Risks', 'R.'];
      expect(lint(all)).toEqual([]);
    });

    it('disable-next-line and disable-line act on one line', () => {
      const document = ['# S', '<!-- guidelint-disable-next-line section-order -->', '## Design', 'D.', '## Problem', 'P.', '## Risks', 'R.'];
      expect(lint(document)).toEqual([]);
      const sameLine = ['# S', '## Design <!-- guidelint-disable-line -->', 'D.', '## Problem', 'P.', '## Risks', 'R.'];
      expect(lint(sameLine)).toEqual([]);
      const wrongRule = ['# S', '<!-- guidelint-disable-next-line title -->', '## Design', 'D.', '## Problem', 'P.', '## Risks', 'R.'];
      expect(lint(wrongRule)).toEqual(['3:1 2 section-order Section "## Design" (example) is out of order, expected after "## Problem"']);
    });
  });
});
