/**
 * The metadata rule (DESIGN §2, Metadata; §5, Fields): one field rule per key (the first of a
 * repeated key), with the facts `infer` decided, then the fields only the config names, and the
 * config's `fieldOrder`.
 */
import type { FieldFacts, Typed } from '../ir.js';
import type { FieldRule, MetadataRule } from '../schema.js';
import { fieldKey } from '../text.js';
import { reasons } from './reasons.js';

export function buildMetadata(typed: Typed): MetadataRule | null {
  const { fields } = typed.doc;
  if (fields.length === 0 && typed.configFields.length === 0) return null;
  const rules: FieldRule[] = [];
  const seen = new Set<string>();
  for (const field of fields) {
    const key = fieldKey(field.key);
    if (seen.has(key)) continue;
    seen.add(key);
    const facts = typed.fields.get(field.id);
    if (facts === undefined) throw new Error(`no facts for field "${field.key}"`);
    const templateValue = field.items ? field.items.join(', ') : field.value;
    rules.push(fieldRule(field.key, facts, templateValue, field.line));
  }
  for (const { key, facts } of typed.configFields) rules.push(fieldRule(key, facts, '', 0));
  // A template without metadata whose config names fields: documents give them as frontmatter.
  const [first] = fields;
  return {
    form: first?.form ?? 'frontmatter',
    line: first?.line ?? 0,
    fields: rules,
    ...(typed.fieldOrder ? { order: [...typed.fieldOrder] } : {}),
    ...(typed.fieldsClosed ? { closed: true as const } : {}),
  };
}

function fieldRule(key: string, facts: FieldFacts, templateValue: string, line: number): FieldRule {
  const { required, type, constraints } = facts;
  return { key, required: required.value, type, templateValue, line, ...constraints, ...reasons(required) };
}
