/** The `field-value` rule as a remark-lint plugin: `import fieldValue from 'guidelint/rules/field-value'`. */
import { rulePlugin } from '../rule-plugin.js';

export default rulePlugin('field-value');
