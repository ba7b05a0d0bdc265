/** The `section-series` rule as a remark-lint plugin: `import sectionSeries from 'guidelint/rules/section-series'`. */
import { rulePlugin } from '../rule-plugin.js';

export default rulePlugin('section-series');
