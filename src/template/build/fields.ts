/**
 * The metadata rule (DESIGN §2, Metadata): one field rule per key (the first of a repeated key),
 * with the facts `infer` decided.
 */
import type { Typed } from '../ir.js';
import type { FieldRule, MetadataRule } from '../schema.js';
import { fieldKey } from '../text.js';
import { reasons } from './reasons.js';

export function buildMetadata(typed: Typed): MetadataRule | null {
  const { fields } = typed.doc;
  if (fields.length === 0) return null;
  const rules: FieldRule[] = [];
  const seen = new Set<string>();
  for (const field of fields) {
    const key = fieldKey(field.key);
    if (seen.has(key)) continue;
    seen.add(key);
    const facts = typed.fields.get(field.id);
    if (facts === undefined) throw new Error(`no facts for field "${field.key}"`);
    const templateValue = field.items ? field.items.join(', ') : field.value;
    rules.push({
      key: field.key,
      required: facts.required.value,
      type: facts.type,
      templateValue,
      line: field.line,
      ...reasons(facts.required),
    });
  }
  return { form: fields[0].form, line: fields[0].line, fields: rules };
}
