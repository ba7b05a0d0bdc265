/** The `placeholder` rule as a remark-lint plugin: `import placeholder from 'guidelint/rules/placeholder'`. */
import { rulePlugin } from '../rule-plugin.js';

export default rulePlugin('placeholder');
