/** The formatter interface: results in, report text out. Formatters are pure. */
import type { LintResult } from '../engine/results.js';
import type { RuleMeta } from '../lint/types.js';

export const FORMAT_NAMES = ['stylish', 'json', 'sarif', 'github', 'junit'] as const;

export type FormatName = (typeof FORMAT_NAMES)[number];

export interface FormatterContext {
  /** The directory paths are shown relative to (stylish, junit). */
  cwd: string;
  /** The repository root (git top-level, else cwd): SARIF URIs and GitHub annotations are relative to it. */
  rootDir: string;
  /** Every rule's meta, in rule-id order. */
  rulesMeta: readonly RuleMeta[];
  /** Use ANSI colours (stylish only). */
  color: boolean;
  /** guidelint's version, for SARIF's tool.driver. */
  toolVersion: string;
}

/** Returns the whole report; empty when there is nothing to say, otherwise ending with a newline. */
export type Formatter = (results: readonly LintResult[], context: FormatterContext) => string;
