/** The formatter interface: results in, report text out. Formatters are pure. */
import type { LintResult } from '../engine/results.js';
import type { RuleMeta } from '../lint/types.js';
import type { GuideSchema } from '../template/schema.js';

export const FORMAT_NAMES = ['stylish', 'json', 'sarif', 'github', 'junit', 'html', 'markdown', 'conformance-json'] as const;

/** The formats of the conformance report (`guidelint report`): they read the context's `run`. */
export const CONFORMANCE_FORMATS = ['html', 'markdown', 'conformance-json'] as const satisfies readonly FormatName[];

/** Whether a format reads the results' coverage (only the conformance report's do): a lint works it out only then. */
export function readsCoverage(format: FormatName): boolean {
  return (CONFORMANCE_FORMATS as readonly FormatName[]).includes(format);
}

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
  /** What the conformance formats show besides the results; absent, they show the results alone. */
  run?: RunDetails;
}

export interface RunDetails {
  /** The compiled schema of each template the results name, by name. */
  templates: ReadonlyMap<string, GuideSchema>;
  /** The files the run left out, and why. */
  skipped: readonly { filePath: string; reason: string }[];
  /** The config file (absolute), or null when there is none. */
  configPath: string | null;
  /** When the run happened, ISO 8601. */
  generatedAt: string;
  /** The folder the report is written to: the HTML report's links are relative to it. */
  outputDir: string;
}

/** Returns the whole report; empty when there is nothing to say, otherwise ending with a newline. */
export type Formatter = (results: readonly LintResult[], context: FormatterContext) => string;
