/** The built-in rules, in the order of DESIGN §3. */

import type { Rule } from '../src/lint/rule.js';
import { checklist } from './checklist.js';
import { codeBlock } from './code-block.js';
import { duplicateSection } from './duplicate-section.js';
import { emptySection } from './empty-section.js';
import { fieldOrder } from './field-order.js';
import { fieldValue } from './field-value.js';
import { headingLevel } from './heading-level.js';
import { placeholder } from './placeholder.js';
import { requiredField } from './required-field.js';
import { requiredLabel } from './required-label.js';
import { requiredSection } from './required-section.js';
import { sectionOrder } from './section-order.js';
import { sectionSeries } from './section-series.js';
import { tableColumns } from './table-columns.js';
import { title } from './title.js';
import { unknownField } from './unknown-field.js';
import { unknownSection } from './unknown-section.js';

export const rules: readonly Rule[] = [
  title,
  requiredSection,
  sectionOrder,
  headingLevel,
  sectionSeries,
  duplicateSection,
  emptySection,
  requiredField,
  fieldValue,
  placeholder,
  checklist,
  tableColumns,
  requiredLabel,
  codeBlock,
  unknownSection,
  unknownField,
  fieldOrder,
];

export {
  checklist,
  codeBlock,
  duplicateSection,
  emptySection,
  fieldOrder,
  fieldValue,
  headingLevel,
  placeholder,
  requiredField,
  requiredLabel,
  requiredSection,
  sectionOrder,
  sectionSeries,
  tableColumns,
  title,
  unknownField,
  unknownSection,
};
