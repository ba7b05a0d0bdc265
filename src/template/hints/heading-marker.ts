/**
 * An optionality marker in a heading makes its section optional (DESIGN §2, Optional; §2b.1):
 * `(optional)` anywhere, or `[optional]`, `- optional`, `(if applicable)` at its end (emphasis
 * around it is dropped with the heading's). The marker is not part of the section's name.
 *
 * @example
 *   ## Alternatives [optional]          → optional (heading marker "[optional]", line 1)
 */
import type { HintReader } from '../ir.js';

export const headingMarker: HintReader = {
  id: 'heading-marker',
  kinds: ['heading'],
  read(node) {
    if (node.kind !== 'heading') return [];
    const marker = node.marker ?? /\(optional\)/iu.exec(node.heading.text)?.[0];
    if (marker === undefined) return [];
    return [{ kind: 'optional', source: 'marker', line: node.heading.span.start.line, why: `heading marker "${marker}"` }];
  },
};
