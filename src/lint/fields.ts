/** Metadata lookups: a document field by its template key, in any of the accepted forms. */

import type { MetadataField, Outline } from '../outline/types.js';
import { fieldKey } from '../template/text.js';

const byKey = new WeakMap<Outline, Map<string, MetadataField>>();

/**
 * The document's first field with this key (frontmatter first, then the body's metadata block),
 * keys compared as the compiler compares them: case-insensitive, spaces, `-` and `_` equal.
 */
export function findField(outline: Outline, key: string): MetadataField | undefined {
  let fields = byKey.get(outline);
  if (!fields) {
    fields = new Map();
    for (const field of outline.metadata) {
      const normalized = fieldKey(field.key);
      if (!fields.has(normalized)) fields.set(normalized, field);
    }
    byKey.set(outline, fields);
  }
  return fields.get(fieldKey(key));
}
