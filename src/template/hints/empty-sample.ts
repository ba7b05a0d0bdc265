/**
 * A frontmatter key with an empty or null sample (`replaces:`, `deadline: ~`) is optional (DESIGN
 * §2b.7): the template shows the key without asking for a value.
 *
 * @example
 *   ---
 *   deadline: ~           → optional (line 2)
 *   ---
 */
import type { HintReader } from '../ir.js';

const NULL_SAMPLE = /^(?:~|null)?$/iu;

export const emptySample: HintReader = {
  id: 'empty-sample',
  kinds: ['field'],
  read(node) {
    if (node.kind !== 'field' || node.form !== 'frontmatter' || node.items !== null || !NULL_SAMPLE.test(node.value)) return [];
    const why = node.value === '' ? 'empty sample value' : `null sample value "${node.value}"`;
    return [{ kind: 'optional', source: 'marker', line: node.line, why }];
  },
};
