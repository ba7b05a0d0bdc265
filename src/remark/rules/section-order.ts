/** The `section-order` rule as a remark-lint plugin: `import sectionOrder from 'guidelint/rules/section-order'`. */
import { rulePlugin } from '../rule-plugin.js';

export default rulePlugin('section-order');
