/** The `empty-section` rule as a remark-lint plugin: `import emptySection from 'guidelint/rules/empty-section'`. */
import { rulePlugin } from '../rule-plugin.js';

export default rulePlugin('empty-section');
