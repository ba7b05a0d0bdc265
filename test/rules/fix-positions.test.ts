import { describe, expect, it } from '@jest/globals';
import { requiredSection } from '../../rules/required-section.js';
import { requiredField } from '../../rules/required-field.js';
import { lineStartOffset, endOfSourcePoint, lineBreakOf } from '../../src/lint/positions.js';
import { outlineFromRemark } from '../../src/outline/from-remark.js';
import { applyFixes, compileExample, runRule } from './rule-tester.js';

describe('line offsets and fixes', () => {
  it('reads line starts off the outline, with CRLF endings and a byte-order mark', () => {
    const source = '\uFEFF# T\r\n\r\n## A\r\n\r\ntext\r\n';
    const outline = outlineFromRemark(source);
    expect([1, 2, 3, 4, 5, 6].map((line) => lineStartOffset(outline, line))).toEqual([1, 6, 8, 14, 16, 22]);
    expect(endOfSourcePoint(outline)).toEqual({ line: 6, column: 1, offset: 22 });
    expect(lineBreakOf(outline)).toBe('\r\n');
    expect(lineBreakOf(outlineFromRemark('# T\n\n## A\n'))).toBe('\n');
  });

  it('inserts with the document\'s line breaks', () => {
    const schema = compileExample(['# [Name]', '', '**Owner:** [Name]', '**Team:** [Team]', '', '## A', '', '[A]', '', '## B', '', '[B]']);
    const source = '\uFEFF# T\r\n\r\n**Owner:** Ada\r\n\r\n## B\r\n\r\nText.\r\n';
    const fixes = [...runRule(requiredSection, schema, source), ...runRule(requiredField, schema, source)].map((report) => report.fix!);
    expect(applyFixes(source, fixes)).toBe('\uFEFF# T\r\n\r\n**Owner:** Ada\r\n**Team:** [Team]\r\n\r\n## A\r\n\r\n[A]\r\n\r\n## B\r\n\r\nText.\r\n');
  });
});
