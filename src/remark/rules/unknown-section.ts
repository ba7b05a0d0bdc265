/** The `unknown-section` rule as a remark-lint plugin: `import unknownSection from 'guidelint/rules/unknown-section'`. */
import { rulePlugin } from '../rule-plugin.js';

export default rulePlugin('unknown-section');
