/** The `heading-level` rule as a remark-lint plugin: `import headingLevel from 'guidelint/rules/heading-level'`. */
import { rulePlugin } from '../rule-plugin.js';

export default rulePlugin('heading-level');
