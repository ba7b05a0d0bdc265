/** The `duplicate-section` rule as a remark-lint plugin: `import duplicateSection from 'guidelint/rules/duplicate-section'`. */
import { rulePlugin } from '../rule-plugin.js';

export default rulePlugin('duplicate-section');
