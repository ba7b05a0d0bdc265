/** The `unknown-field` rule as a remark-lint plugin: `import unknownField from 'guidelint/rules/unknown-field'`. */
import { rulePlugin } from '../rule-plugin.js';

export default rulePlugin('unknown-field');
