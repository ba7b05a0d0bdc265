/** Issue 17.1's property with the remark front-end (see fix-property.ts): ten times the cost of markdown-it's, fewer cases. */
import { it } from '@jest/globals';
import fc from 'fast-check';
import { fixIsIdempotent } from './fix-property.js';
import { propertyCases, runTimeout } from './property-cases.js';

const numRuns = propertyCases('fix-remark');

it(
  `--fix (remark) twice is once, and inserts each template heading at most once (${numRuns} cases)`,
  () => fc.assert(fixIsIdempotent('remark'), { numRuns }),
  runTimeout(numRuns, 2_000),
);
