/** The Outline front-ends a run can use (`--parser`, hidden: it exists to compare the two). */
import type { Parser } from '../outline/index.js';

export type ParserName = Parser;

/** markdown-it first: it is the default, the CLI's fast path. */
export const PARSER_NAMES = ['markdown-it', 'remark'] as const satisfies readonly ParserName[];
