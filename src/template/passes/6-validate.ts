/**
 * Pass 6, validate: Built → GuideSchema. The invariants a schema must hold once everything is
 * decided: every config override names a section, no section may have min above max, and every
 * field a condition or `fieldOrder` names is a field, with a value it can hold.
 */
import { OverrideError } from '../errors.js';
import type { FieldCondition, FieldRule, GuideSchema, MetadataRule, SectionRule } from '../schema.js';
import type { Built } from '../ir.js';
import { fieldKey, normalizeForMatch } from '../text.js';

export function validate({ schema, overrides }: Built): GuideSchema {
  if (schema.metadata) validateFields(schema.metadata);
  if (overrides.size === 0) return schema;
  const rules = allSections(schema.sections);
  for (const [key, ids] of overrides) {
    if (ids.length === 0) {
      throw new OverrideError(key, `template "${schema.template}" has no such section`, rules.map((rule) => stripHashes(rule.display)));
    }
    for (const rule of rules) {
      if (ids.includes(rule.id) && rule.max !== null && rule.min > rule.max) {
        throw new OverrideError(key, `min ${rule.min} is more than max ${rule.max} for section "${stripHashes(rule.display)}"`);
      }
    }
  }
  return schema;
}

function validateFields(metadata: MetadataRule): void {
  const keys = metadata.fields.map((field) => field.key);
  const find = (key: string): FieldRule | undefined => metadata.fields.find((field) => fieldKey(field.key) === fieldKey(key));
  for (const field of metadata.fields) {
    for (const [name, condition] of [['requiredIf', field.requiredIf], ['allowedIf', field.allowedIf]] as const) {
      for (const [key, values] of Object.entries(condition ?? ({} as FieldCondition))) {
        const named = find(key);
        if (named === undefined) throw new OverrideError(field.key, `${name} names no field "${key}"`, keys, 'fields', key);
        const outside = named.type.kind === 'enum' ? values.find((value) => !isOneOf(value, named.type)) : undefined;
        if (outside !== undefined) {
          throw new OverrideError(field.key, `${name}: "${outside}" is not a value of field "${named.key}"`, null, 'fields');
        }
      }
    }
  }
  for (const key of metadata.order ?? []) {
    if (find(key) === undefined) throw new OverrideError(key, 'names no field', keys, 'fieldOrder');
  }
}

function isOneOf(value: string, type: FieldRule['type']): boolean {
  return type.kind === 'enum' && type.values.some((allowed) => normalizeForMatch(allowed) === normalizeForMatch(value));
}

function allSections(sections: readonly SectionRule[]): SectionRule[] {
  return sections.flatMap((section) => [section, ...allSections(section.children)]);
}

function stripHashes(text: string): string {
  return text.replace(/^#+\s*/, '');
}
