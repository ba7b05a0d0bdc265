/**
 * Inline control comments, as in ESLint and markdownlint:
 * `<!-- guidelint-disable [rule-id …] -->` … `<!-- guidelint-enable [rule-id …] -->`,
 * `<!-- guidelint-disable-line [rule-id …] -->`, `<!-- guidelint-disable-next-line [rule-id …] -->`
 * and `<!-- guidelint-disable-file [rule-id …] -->`. No rule id means every rule; ids may be
 * separated by spaces or commas, and ` -- reason` ends the list.
 */

import type { Comment } from '../outline/types.js';
import { RULE_IDS, type Finding, type RuleId } from '../lint/types.js';

type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line' | 'disable-file';

interface Directive {
  kind: DirectiveKind;
  /** The rules named, or null for every rule. */
  rules: RuleId[] | null;
  comment: Comment;
}

const DIRECTIVE = /^guidelint-(disable-next-line|disable-line|disable-file|disable|enable)(?:\s+([\s\S]*))?$/u;
const KNOWN_IDS: ReadonlySet<string> = new Set(RULE_IDS);

function parseDirective(comment: Comment): Directive | null {
  const found = DIRECTIVE.exec(comment.value);
  if (!found) return null;
  const list = (found[2] ?? '').split(/\s--\s|^--\s|\s--$/u)[0]!;
  const rules = list.split(/[\s,]+/u).filter((id): id is RuleId => KNOWN_IDS.has(id));
  const namedAny = list.trim() !== '';
  return { kind: found[1] as DirectiveKind, rules: namedAny ? rules : null, comment };
}

const names = (directive: Directive, ruleId: RuleId): boolean =>
  directive.rules === null || directive.rules.includes(ruleId);

/** Drops the findings that the document's control comments turn off. Fatal findings always stay. */
export function applyInlineControl(findings: readonly Finding[], comments: readonly Comment[]): Finding[] {
  const directives = comments.map(parseDirective).filter((directive) => directive !== null);
  if (directives.length === 0) return [...findings];
  return findings.filter((finding) => finding.ruleId === null || !isDisabled(finding, finding.ruleId, directives));
}

function isDisabled(finding: Finding, ruleId: RuleId, directives: readonly Directive[]): boolean {
  let disabled = false;
  for (const directive of directives) {
    const { start, end } = directive.comment.span;
    switch (directive.kind) {
      case 'disable-file':
        if (names(directive, ruleId)) return true;
        break;
      case 'disable-line':
        if (finding.line >= start.line && finding.line <= end.line && names(directive, ruleId)) return true;
        break;
      case 'disable-next-line':
        if (finding.line === end.line + 1 && names(directive, ruleId)) return true;
        break;
      case 'disable':
      case 'enable': {
        const before = start.line < finding.line || (start.line === finding.line && start.column <= finding.column);
        if (before && names(directive, ruleId)) disabled = directive.kind === 'disable';
        break;
      }
    }
  }
  return disabled;
}
