/**
 * Duplicate mapping keys, found in one pass. yaml's own check compares each key with every key
 * before it (40k frontmatter keys: 17 s); it is turned off (`uniqueKeys: false`) and this one,
 * with the same equality (scalar keys by value, any other key only by identity), takes its place.
 */
import { isScalar, visit, type Document } from 'yaml';

/**
 * The offset of the first key that repeats an earlier key of its mapping, or null; the repeats of
 * `exempt` (the frontmatter's top level, whose keys the metadata rules check) are not looked for.
 */
export function firstDuplicateKey(document: Document, exempt: unknown = null): number | null {
  let first: number | null = null;
  visit(document, {
    Map(_, map) {
      if (map === exempt) return;
      const seen = new Set<unknown>();
      for (const { key } of map.items) {
        const identity = isScalar(key) ? key.value : key;
        if (!seen.has(identity)) {
          seen.add(identity);
          continue;
        }
        const offset = isScalar(key) ? (key.range?.[0] ?? 0) : 0;
        if (first === null || offset < first) first = offset;
      }
    },
  });
  return first;
}
