/** The `required-label` rule as a remark-lint plugin: `import requiredLabel from 'guidelint/rules/required-label'`. */
import { rulePlugin } from '../rule-plugin.js';

export default rulePlugin('required-label');
