/** Findings, fixes and the rule interface shared by the rules, the engine and the reporters. */

export const RULE_IDS = [
  'title',
  'required-section',
  'section-order',
  'heading-level',
  'section-series',
  'duplicate-section',
  'empty-section',
  'required-field',
  'field-value',
  'placeholder',
  'checklist',
  'table-columns',
  'required-label',
  'code-block',
  'unknown-section',
  'unknown-field',
  'field-order',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

export type SeverityName = 'off' | 'warn' | 'error';

/** ESLint's numbers: 1 warning, 2 error. */
export type Severity = 1 | 2;

/** A text edit as ESLint has it: replace `range` (0-based offsets, end exclusive) with `text`. */
export interface Fix {
  range: [number, number];
  text: string;
}

export interface Suggestion {
  desc: string;
  fix: Fix;
}

/** What a rule reports; the engine adds the rule id and severity. Lines and columns are 1-based. */
export interface Report {
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: Fix;
  suggestions?: Suggestion[];
  /**
   * The template section the report is about, by id (`Architecture > Components`), when it is
   * about one. Rules set it where the place does not tell (a missing section is reported where it
   * would go); the engine fills it in for the rest from the innermost matched section at the line.
   */
  section?: string;
  /** The template field the report is about, by its key as the template writes it (`Last Updated`). */
  field?: string;
}

/** ESLint's LintMessage shape. `ruleId` is null for a fatal message about an unreadable document. */
export interface Finding extends Report {
  ruleId: RuleId | null;
  severity: Severity;
  fatal?: true;
}

export interface RuleMeta {
  id: RuleId;
  defaultSeverity: SeverityName;
  /** One line, for `--help`, SARIF and docs. */
  description: string;
  /** The rule may attach a sure fix to its reports. */
  fixable: boolean;
  /** The rule may attach suggestions (several possible repairs) to its reports. */
  hasSuggestions: boolean;
}
