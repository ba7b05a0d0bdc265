/** The `title` rule as a remark-lint plugin: `import title from 'guidelint/rules/title'`. */
import { rulePlugin } from '../rule-plugin.js';

export default rulePlugin('title');
