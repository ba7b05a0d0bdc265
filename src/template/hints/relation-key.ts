/**
 * A frontmatter relation key (`replaces`, `superseded-by`, `supersedes`, `obsoletes`, `see-also`,
 * `related`) is optional (DESIGN §2b.7): only some documents replace or relate to another. A weak
 * hint: the config (`fields: { replaces: { optional: false } }`) or an annotation says otherwise.
 * Body metadata lines keep their default (design-doc's `**Related**:` stays required).
 *
 * @example
 *   ---
 *   superseded-by: "KEP-NNNN"   → optional (line 2)
 *   ---
 */
import type { HintReader } from '../ir.js';
import { fieldKey } from '../text.js';

const RELATION_KEYS = new Set(['replaces', 'superseded-by', 'supersedes', 'obsoletes', 'see-also', 'related'].map(fieldKey));

export const relationKey: HintReader = {
  id: 'relation-key',
  kinds: ['field'],
  read(node) {
    if (node.kind !== 'field' || node.form !== 'frontmatter' || !RELATION_KEYS.has(fieldKey(node.key))) return [];
    return [{ kind: 'optional', source: 'marker', line: node.line, why: `relation key "${node.key}": only some documents have one` }];
  },
};
