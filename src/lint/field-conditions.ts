/**
 * The config's field conditions (`requiredIf`, `allowedIf`, `when:`, DESIGN §5) against a
 * document's own metadata: each named field must hold one of its values, read as an enum value is
 * (`**Implemented (Swift 5.9)**` holds `Implemented`); all must hold.
 */

import type { Outline } from '../outline/types.js';
import type { FieldCondition, FieldRule } from '../template/schema.js';
import { holdsOneOf } from './field-checks.js';
import { findField } from './fields.js';

export function conditionHolds(outline: Outline, condition: FieldCondition): boolean {
  return Object.entries(condition).every(([key, values]) => {
    const field = findField(outline, key);
    return field !== undefined && holdsOneOf(field.value, values);
  });
}

/** Required by the template, or by a `requiredIf` the document meets. */
export function isRequired(outline: Outline, rule: FieldRule): boolean {
  return rule.required || (rule.requiredIf !== undefined && conditionHolds(outline, rule.requiredIf));
}

/** What the document holds that meets the condition: `status is "Accepted"`. */
export function describeMet(outline: Outline, condition: FieldCondition): string {
  return Object.keys(condition)
    .map((key) => `${key} is "${findField(outline, key)?.value ?? ''}"`)
    .join(' and ');
}

/** What the condition asks: `status is "Withdrawn"`, `status is "Accepted" or "Rejected"`. */
export function describeWanted(condition: FieldCondition): string {
  return Object.entries(condition)
    .map(([key, values]) => `${key} is ${values.map((value) => `"${value}"`).join(' or ')}`)
    .join(' and ');
}
