import { describe, expect, it } from '@jest/globals';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lintOutline } from '../../src/engine/lint-outline.js';
import type { Finding } from '../../src/lint/types.js';
import { codeActions } from '../../src/lsp/code-actions.js';
import { toDiagnostic } from '../../src/lsp/diagnostics.js';
import { buildOutline } from '../../src/outline/index.js';
import { compileTemplate } from '../../src/template/compile.js';

const schema = compileTemplate(
  '# [Name]\n\n**Priority:** [High/Low]\n\n## Problem\n\n[Problem]\n\n### Cause\n\n[Cause]\n\n## Plan\n\n- [ ] Tests pass\n- [ ] Docs updated\n',
  { name: 'example' },
);
const lint = (text: string): Finding[] => lintOutline(buildOutline(text), schema);
const SOURCE = '# Search\r\n\r\n**Priority:** Urgent\r\n\r\n## Problem\r\n\r\nSlow.\r\n\r\n#### Cause\r\n\r\nDisk.\r\n';
const document = TextDocument.create('file:///doc.md', 'markdown', 1, SOURCE);
const findings = lint(SOURCE);
const everywhere = { start: { line: 0, character: 0 }, end: { line: 12, character: 0 } };

describe('toDiagnostic', () => {
  it('maps 1-based places to 0-based ranges, severities, the rule id linked to its page and the source', () => {
    expect(findings.map(toDiagnostic)).toEqual([
      {
        range: { start: { line: 2, character: 14 }, end: { line: 2, character: 20 } },
        severity: 1,
        code: 'field-value',
        codeDescription: { href: 'https://github.com/guidelint/guidelint/blob/main/docs/rules/field-value.md' },
        source: 'guidelint',
        message: 'Field "Priority" (example) must be one of "High", "Low", found "Urgent"',
      },
      {
        range: { start: { line: 8, character: 0 }, end: { line: 8, character: 10 } },
        severity: 1,
        code: 'heading-level',
        codeDescription: { href: 'https://github.com/guidelint/guidelint/blob/main/docs/rules/heading-level.md' },
        source: 'guidelint',
        message: 'Section "### Cause" (example) has heading level 4, expected 3',
      },
      {
        range: { start: { line: 11, character: 0 }, end: { line: 11, character: 0 } },
        severity: 1,
        code: 'required-section',
        codeDescription: { href: 'https://github.com/guidelint/guidelint/blob/main/docs/rules/required-section.md' },
        source: 'guidelint',
        message: 'Missing required section "## Plan" (example), expected after "## Problem"',
      },
    ]);
  });

  it('gives a warning severity 2 and a fatal message no code and no link', () => {
    const warning: Finding = { ...findings[0]!, severity: 1 };
    const fatal: Finding = { ruleId: null, severity: 2, fatal: true, message: 'Broken', line: 1, column: 1, endLine: 1, endColumn: 1 };
    expect([toDiagnostic(warning).severity, toDiagnostic(fatal)]).toEqual([
      2,
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: 1, source: 'guidelint', message: 'Broken' },
    ]);
  });
});

describe('codeActions', () => {
  it('offers the findings\' fixes and suggestions in the range, and fix-all', () => {
    const actions = codeActions({ document, findings, lint, range: everywhere });
    expect(actions.map((action) => [action.title, action.kind, action.isPreferred ?? false, action.diagnostics?.[0]?.code])).toEqual([
      ['Set to "High"', 'quickfix', false, 'field-value'],
      ['Set to "Low"', 'quickfix', false, 'field-value'],
      ['Replace "####" with "###"', 'quickfix', true, 'heading-level'],
      ['Insert "## Plan" from the template', 'quickfix', true, 'required-section'],
      ['Fix all guidelint problems', 'source.fixAll.guidelint', false, undefined],
    ]);
  });

  it('gives edits in the document\'s positions, with its line endings', () => {
    const [, , level, plan] = codeActions({ document, findings, lint, range: everywhere });
    expect(level!.edit).toEqual({
      changes: { 'file:///doc.md': [{ range: { start: { line: 8, character: 0 }, end: { line: 8, character: 4 } }, newText: '###' }] },
    });
    expect(plan!.edit).toEqual({
      changes: {
        'file:///doc.md': [
          { range: { start: { line: 11, character: 0 }, end: { line: 11, character: 0 } }, newText: '\r\n## Plan\r\n\r\n- [ ] Tests pass\r\n- [ ] Docs updated\r\n' },
        ],
      },
    });
  });

  it('fixes all in one edit per changed run of lines', () => {
    const [fixAll] = codeActions({ document, findings, lint, range: everywhere, only: ['source.fixAll'] });
    const edits = fixAll!.edit!.changes!['file:///doc.md']!;
    expect(edits.map((edit) => [edit.range.start.line, edit.range.end.line, edit.newText])).toEqual([
      [8, 9, '### Cause\r\n'],
      [11, 11, '\r\n## Plan\r\n\r\n- [ ] Tests pass\r\n- [ ] Docs updated\r\n'],
    ]);
    expect(TextDocument.applyEdits(document, edits)).toBe(
      SOURCE.replace('#### Cause', '### Cause') + '\r\n## Plan\r\n\r\n- [ ] Tests pass\r\n- [ ] Docs updated\r\n',
    );
  });

  it('keeps to the range and the kinds asked for', () => {
    const onLevel = { start: { line: 8, character: 2 }, end: { line: 8, character: 2 } };
    expect(codeActions({ document, findings, lint, range: onLevel, only: ['quickfix'] }).map((action) => action.title)).toEqual([
      'Replace "####" with "###"',
    ]);
    expect(codeActions({ document, findings, lint, range: onLevel, only: ['refactor'] })).toEqual([]);
    expect(codeActions({ document, findings, lint, range: onLevel, only: ['source'] }).map((action) => action.kind)).toEqual([
      'source.fixAll.guidelint',
    ]);
  });

  it('offers no fix-all without a fix or without a linter', () => {
    const suggestionsOnly = findings.filter((finding) => !finding.fix);
    expect(codeActions({ document, findings: suggestionsOnly, lint, range: everywhere }).map((action) => action.title)).toEqual([
      'Set to "High"',
      'Set to "Low"',
    ]);
    expect(codeActions({ document, findings, lint: null, range: everywhere, only: ['source.fixAll'] })).toEqual([]);
  });
});
