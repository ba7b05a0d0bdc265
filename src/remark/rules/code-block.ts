/** The `code-block` rule as a remark-lint plugin: `import codeBlock from 'guidelint/rules/code-block'`. */
import { rulePlugin } from '../rule-plugin.js';

export default rulePlugin('code-block');
