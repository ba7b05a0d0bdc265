/** The Outline of a Markdown document, from either front-end. */

import { outlineFromMarkdownIt } from './from-markdown-it.js';
import { outlineFromRemark } from './from-remark.js';
import type { Outline } from './types.js';

export type * from './types.js';
export { outlineFromMarkdownIt } from './from-markdown-it.js';
export { outlineFromRemark } from './from-remark.js';

export type Parser = 'remark' | 'markdown-it';

/** markdown-it is the fast path; remark is the reference the templates are compiled with. */
export function buildOutline(source: string, parser: Parser = 'markdown-it'): Outline {
  return parser === 'remark' ? outlineFromRemark(source) : outlineFromMarkdownIt(source);
}
