/**
 * A YAML comment after a frontmatter key's value that says the key is optional or conditional
 * (DESIGN §2b.7): `# optional`, `# Only required for …`, `# Otherwise, remove this field`. The
 * comment is never part of the value (`1-read.ts` keeps it apart), so `--fix` never writes it.
 *
 * @example
 *   ---
 *   discussion: <url>  # Only required for Standards Track   → optional (comment, line 2)
 *   ---
 */
import type { HintReader } from '../ir.js';
import { conditionalWords } from '../conditional.js';
import { saysOptional } from './optional-comment.js';

export const yamlTrailingComment: HintReader = {
  id: 'yaml-trailing-comment',
  kinds: ['field'],
  read(node) {
    if (node.kind !== 'field' || node.trailingComment === null) return [];
    const comment = node.trailingComment;
    if (!saysOptional(comment) && conditionalWords(comment) === null) return [];
    return [{ kind: 'optional', source: 'prose', line: node.line, why: `comment "# ${comment}"` }];
  },
};
