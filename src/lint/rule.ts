/** The rule interface, in ESLint's spirit: metadata plus a check that reports what it finds. */

import type { DocumentMatch } from '../match/types.js';
import type { Outline } from '../outline/types.js';
import type { GuideSchema } from '../template/schema.js';
import type { Report, RuleMeta } from './types.js';

export interface RuleContext {
  outline: Outline;
  schema: GuideSchema;
  /** The alignment of the outline's sections with the schema's (see src/match). */
  match: DocumentMatch;
  /** The rule's options from the config (`[severity, options]`); none given: absent or empty. */
  options?: Readonly<Record<string, unknown>>;
  report(report: Report): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}
