/**
 * Pass 2, annotate: TemplateDoc → Annotated. Runs every hint reader over the nodes of the kinds it
 * reads, in one traversal; each node's hints in reader order.
 */
import { HINT_READERS } from '../hints/index.js';
import type { Annotated, Hint, HintReader, NodeKind, TemplateDoc } from '../ir.js';

export function annotate(doc: TemplateDoc, readers: readonly HintReader[] = HINT_READERS): Annotated {
  const byKind = new Map<NodeKind, HintReader[]>();
  for (const reader of readers) {
    for (const kind of reader.kinds) byKind.set(kind, [...(byKind.get(kind) ?? []), reader]);
  }
  const hints: Hint[][] = doc.nodes.map((node) => (byKind.get(node.kind) ?? []).flatMap((reader) => reader.read(node, doc)));
  return { doc, hints };
}
