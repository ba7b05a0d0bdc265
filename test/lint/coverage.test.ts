/**
 * What the conformance report reads off a lint besides the messages: which template section or
 * field each finding is about, and where the document has each section and field. The template is
 * the conformance report's example's.
 */
import { describe, expect, it } from '@jest/globals';
import { lintDocument, type LintOptions } from '../../src/engine/lint-outline.js';
import { outlineFromMarkdownIt } from '../../src/outline/from-markdown-it.js';
import { SCHEMA as schema } from '../report/conformance/example.js';

function lint(lines: string[], options: LintOptions = {}) {
  const { messages, coverage } = lintDocument(outlineFromMarkdownIt(`${lines.join('\n')}\n`), schema, options);
  return {
    about: messages.map((message) => `${message.line} ${message.ruleId} ${message.section ?? ''}${message.field ?? ''}`),
    coverage,
  };
}

describe('lintDocument', () => {
  it('names the section or field of each finding: by the rule where the place does not tell, else by the line', () => {
    const { about } = lint([
      '# Search',
      '',
      '**Status:** Maybe',
      '',
      '## Design',
      '',
      'It works. [What could go wrong]',
      '',
      '## Notes',
      '',
      'N.',
    ]);
    expect(about).toEqual([
      '3 field-value Status',
      '4 required-field Owner',
      '5 required-section Problem',
      '7 placeholder Design',
      '9 required-section Design > Risks',
    ]);
  });

  it('names no section for findings about the whole document: the title, sections the template does not name', () => {
    const { about } = lint(['# [Feature Name]', '', '**Status:** Draft', '**Owner:** Ann', '', '## Problem', '', 'P.', '', '## Design', '', 'D.', '', '### Risks', '', 'R.', '', '### Aside', '', 'A.'], {
      rules: { 'unknown-section': 'warn' },
    });
    expect(about).toEqual(['1 placeholder ', '18 unknown-section ']);
  });

  it('says where the document has each section and field, a misplaced section apart, and keeps enum and status values', () => {
    const { coverage } = lint([
      '# Search',
      '',
      '**Status:** Accepted',
      '**Owner:** Ann',
      '',
      '## Problem',
      '',
      'P.',
      '',
      '### Risks',
      '',
      'R.',
      '',
      '## Design',
      '',
      'D.',
    ]);
    expect(coverage).toEqual({
      sections: { Problem: 6, Design: 14 },
      misplaced: { 'Design > Risks': 10 },
      fields: { Status: { line: 3, value: 'Accepted' }, Owner: { line: 4 } },
    });
  });

  it('has no coverage for a document whose frontmatter does not parse', () => {
    expect(lint(['---', 'title: [unclosed', '---', '', '## Design']).coverage).toBeNull();
  });
});
