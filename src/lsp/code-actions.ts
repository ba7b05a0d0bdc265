/**
 * Code actions from findings: a quick fix per fix (preferred) and per suggestion of the findings in
 * the requested range, and "fix all" (`source.fixAll.guidelint`), which runs `--fix` on the text.
 */
import {
  CodeActionKind,
  type CodeAction,
  type Position,
  type Range,
  type TextEdit,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fixSource } from '../fix/fix-source.js';
import { lineChanges } from '../fix/line-diff.js';
import type { Finding, Fix } from '../lint/types.js';
import { rangeOf, toDiagnostic } from './diagnostics.js';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.guidelint`;

export interface CodeActionRequest {
  document: TextDocument;
  /** The document's findings, for its current version. */
  findings: readonly Finding[];
  /** Lints another version of the document (for "fix all"); null when it follows no template. */
  lint: ((text: string) => Finding[]) | null;
  range: Range;
  /** The kinds the client asks for (LSP `context.only`); all when absent. */
  only?: readonly string[];
}

export function codeActions(request: CodeActionRequest): CodeAction[] {
  const { document, findings, range, only } = request;
  const actions: CodeAction[] = [];
  if (wants(only, CodeActionKind.QuickFix)) {
    for (const finding of findings) {
      if (!overlaps(rangeOf(finding), range)) continue;
      if (finding.fix) actions.push(quickFix(document, finding, describeFix(document, finding.fix), finding.fix, true));
      for (const suggestion of finding.suggestions ?? []) actions.push(quickFix(document, finding, suggestion.desc, suggestion.fix, false));
    }
  }
  const fixAll = request.lint && findings.some((finding) => finding.fix) && (only === undefined || wants(only, FIX_ALL_KIND));
  if (fixAll) {
    const text = document.getText();
    const edits = lineChanges(text, fixSource(text, request.lint!).output).map((fix) => textEdit(document, fix));
    if (edits.length > 0) actions.push({ title: 'Fix all guidelint problems', kind: FIX_ALL_KIND, edit: { changes: { [document.uri]: edits } } });
  }
  return actions;
}

/** `only` asks for `kind` itself or for a kind it falls under (`source` covers `source.fixAll.guidelint`). */
function wants(only: readonly string[] | undefined, kind: string): boolean {
  return only === undefined || only.some((asked) => kind === asked || kind.startsWith(`${asked}.`));
}

function quickFix(document: TextDocument, finding: Finding, title: string, fix: Fix, isPreferred: boolean): CodeAction {
  return {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [toDiagnostic(finding)],
    ...(isPreferred ? { isPreferred } : {}),
    edit: { changes: { [document.uri]: [textEdit(document, fix)] } },
  };
}

/** `Insert "## Security" from the template`, or `Replace "###" with "##"`. */
function describeFix(document: TextDocument, fix: Fix): string {
  const [start, end] = fix.range;
  if (start === end) {
    const first = fix.text.split(/\r?\n/u).find((line) => line.trim() !== '') ?? '';
    return `Insert "${first.trim()}" from the template`;
  }
  const replaced = document.getText().slice(start, end);
  return `Replace "${replaced}" with "${fix.text}"`;
}

function textEdit(document: TextDocument, fix: Fix): TextEdit {
  return { range: { start: document.positionAt(fix.range[0]), end: document.positionAt(fix.range[1]) }, newText: fix.text };
}

function overlaps(a: Range, b: Range): boolean {
  return !before(a.end, b.start) && !before(b.end, a.start);
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}
