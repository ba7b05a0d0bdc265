/** The `table-columns` rule as a remark-lint plugin: `import tableColumns from 'guidelint/rules/table-columns'`. */
import { rulePlugin } from '../rule-plugin.js';

export default rulePlugin('table-columns');
