/** Body helpers shared by the body rules. */

import { contentBlocks } from '../match/content.js';
import type { Body } from '../outline/types.js';
import { normalizeForMatch } from '../template/text.js';

const NOT_APPLICABLE = /^(?:n\/a|none|not applicable)[.!]?$/u;

/**
 * The body says only `N/A`, `None` or `Not applicable` (emphasis and a final full stop allowed):
 * it satisfies the section's table, code, label and task rules.
 */
export function saysNotApplicable(body: Body): boolean {
  const blocks = contentBlocks(body);
  const paragraph = body.paragraphs[0];
  return (
    blocks.length === 1 &&
    blocks[0]!.kind === 'paragraph' &&
    paragraph !== undefined &&
    NOT_APPLICABLE.test(normalizeForMatch(paragraph.text))
  );
}
