/**
 * `when:` on a documents entry (DESIGN §5): a document whose own metadata meets a clause's
 * `fields` gets the clause's overrides — a severity for all its findings, rules, sections, fields
 * — applied over its template's, clause after clause in the order written.
 */

import { conditionHolds } from '../lint/field-conditions.js';
import type { Outline } from '../outline/types.js';
import { fieldKey } from '../template/text.js';
import type { SelectedTemplate } from './select.js';
import type { FieldOverrides, WhenClause } from './types.js';

export interface DocumentTemplate {
  template: SelectedTemplate;
  /** The clauses applied, for `--verbose`: `documents[0].when[1]`. */
  applied: string[];
}

export function templateForDocument(template: SelectedTemplate, outline: Outline): DocumentTemplate {
  const met = (template.when ?? []).filter((clause) => conditionHolds(outline, clause.fields));
  return { template: met.reduce(applyClause, template), applied: met.map((clause) => clause.origin) };
}

function applyClause(template: SelectedTemplate, clause: WhenClause): SelectedTemplate {
  return {
    ...template,
    rules: { ...template.rules, ...clause.rules },
    ruleOptions: { ...template.ruleOptions, ...clause.ruleOptions },
    sections: { ...template.sections, ...clause.sections },
    fields: mergeFields(template.fields, clause.fieldOverrides),
    ...(clause.severity ? { severity: clause.severity } : {}),
  };
}

/** Key by key (keys compared as field keys are), the clause's settings over the template's. */
function mergeFields(base: FieldOverrides, over: FieldOverrides): FieldOverrides {
  const merged: FieldOverrides = { ...base };
  for (const [key, override] of Object.entries(over)) {
    const written = Object.keys(merged).find((existing) => fieldKey(existing) === fieldKey(key)) ?? key;
    merged[written] = { ...merged[written], ...override };
  }
  return merged;
}
