/** The `required-field` rule as a remark-lint plugin: `import requiredField from 'guidelint/rules/required-field'`. */
import { rulePlugin } from '../rule-plugin.js';

export default rulePlugin('required-field');
