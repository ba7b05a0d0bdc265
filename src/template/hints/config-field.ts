/**
 * The config's `fields:` (DESIGN §5, Fields) as hints of source `config`, the strongest: what it
 * says of a field's presence and type wins over anything the template shows. Not a node reader
 * (the config speaks by key, also of fields the template lacks): `infer` adds these hints to the
 * field's own. What only the config can say — a pattern, lengths, conditions — it passes on as
 * the field's constraints.
 *
 * @example
 *   fields: { replaces: { optional: true }, created: { type: date } }
 *     → replaces optional, created a date (config fields."replaces", fields."created")
 */
import type { FieldConstraints, FieldOverride, Hint } from '../ir.js';
import type { FieldCondition, FieldType } from '../schema.js';

/** The override's hints for the field it names, as written under `fields.<key>`. */
export function configFieldHints(key: string, override: FieldOverride): Hint[] {
  const base = { source: 'config', line: 0, why: `config fields."${key}"` } as const;
  const hints: Hint[] = [];
  if (override.optional !== undefined) hints.push({ ...base, kind: override.optional ? 'optional' : 'required' });
  // A conditional field is optional unless its condition holds (the rules check the condition).
  else if (override.requiredIf !== undefined) hints.push({ ...base, kind: 'optional', why: `config fields."${key}".requiredIf` });
  const type = typeOf(override);
  if (type !== null) hints.push({ ...base, kind: 'type', type });
  return hints;
}

export function fieldConstraints(override: FieldOverride): FieldConstraints {
  const { pattern, minLength, maxLength, requiredIf, allowedIf } = override;
  return {
    ...(pattern !== undefined ? { pattern } : {}),
    ...(minLength !== undefined ? { minLength } : {}),
    ...(maxLength !== undefined ? { maxLength } : {}),
    ...(requiredIf !== undefined ? { requiredIf: condition(requiredIf) } : {}),
    ...(allowedIf !== undefined ? { allowedIf: condition(allowedIf) } : {}),
  };
}

function typeOf(override: FieldOverride): FieldType | null {
  if (override.values !== undefined) return { kind: 'enum', values: [...override.values] };
  return override.type === undefined ? null : { kind: override.type };
}

function condition(written: NonNullable<FieldOverride['requiredIf']>): FieldCondition {
  return Object.fromEntries(Object.entries(written).map(([key, values]) => [key, typeof values === 'string' ? [values] : [...values]]));
}
