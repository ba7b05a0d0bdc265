/** The `required-section` rule as a remark-lint plugin: `import requiredSection from 'guidelint/rules/required-section'`. */
import { rulePlugin } from '../rule-plugin.js';

export default rulePlugin('required-section');
