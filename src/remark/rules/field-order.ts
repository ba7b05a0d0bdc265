/** The `field-order` rule as a remark-lint plugin: `import fieldOrder from 'guidelint/rules/field-order'`. */
import { rulePlugin } from '../rule-plugin.js';

export default rulePlugin('field-order');
