/** Metadata lookups: a document field by its template key, in any of the accepted forms. */

import type { MetadataField, Outline } from '../outline/types.js';
import { TextMemo } from '../outline/text-memo.js';
import { fieldKey } from '../template/text.js';

const byKey = new WeakMap<Outline, Map<string, MetadataField>>();

/**
 * The document's first field with this key (frontmatter first, then the body's metadata block),
 * keys compared as the compiler compares them (case-insensitive, spaces, `-` and `_` equal) and
 * as their writers mean them: `Author(s)` is `Author` or `Authors`, and a key given in the
 * singular or the plural is the same key (`Sponsor`, `Sponsors`).
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
  for (const form of keyForms(key)) {
    const field = fields.get(form);
    if (field) return field;
  }
  return undefined;
}

/** Whether a document's key names the template's field `key`. */
export function namesField(documentKey: string, key: string): boolean {
  return keyForms(key).includes(fieldKey(documentKey));
}

/** A template's few keys are asked for in every document: their forms are worked out once. */
const keyFormsMemo = new TextMemo<string[]>();

/** The normalized keys that name the field `key`, as written first. */
function keyForms(key: string): string[] {
  return keyFormsMemo.get(key, formsOf);
}

function formsOf(key: string): string[] {
  const written = fieldKey(key);
  const base = written.replace(/\s*\((?:e?s)\)$/u, '');
  const forms = [written, base, `${base}s`, `${base}(s)`];
  if (/[^su]s$/u.test(base)) forms.push(base.slice(0, -1));
  return [...new Set(forms)];
}

const KEY_LINE = /^\s*(?:[-*+]\s+)?(?:\*\*|__)?([^:*_\n][^:\n]*?)(?:\*\*|__)?\s*:(?:\*\*|__)?(?:\s|$)/u;

/**
 * Whether the document gives the field as a line of its own text before its sections,
 * `Start Date: 2018-10-18` where the template writes `- Start Date: …`: the field is there, in a
 * form the metadata reader leaves to the template's (DESIGN §2b.11: no finding on what conforms).
 */
export function givesFieldAsLine(outline: Outline, key: string): boolean {
  const first = outline.root.children[0];
  const bodies = [outline.root.body, ...(first?.level === 1 ? [first.body] : [])];
  return bodies.some((body) =>
    body.paragraphs.some((paragraph) =>
      paragraph.text.split('\n').some((line) => {
        const match = KEY_LINE.exec(line);
        return match !== null && namesField(match[1]!, key);
      }),
    ),
  );
}

