/** The `checklist` rule as a remark-lint plugin: `import checklist from 'guidelint/rules/checklist'`. */
import { rulePlugin } from '../rule-plugin.js';

export default rulePlugin('checklist');
