/** Issue 17.1's property with the markdown-it front-end (see fix-property.ts). */
import { it } from '@jest/globals';
import fc from 'fast-check';
import { fixIsIdempotent } from './fix-property.js';
import { propertyCases, runTimeout } from './property-cases.js';

const numRuns = propertyCases('fix-markdown-it');

it(
  `--fix (markdown-it) twice is once, and inserts each template heading at most once (${numRuns} cases)`,
  () => fc.assert(fixIsIdempotent('markdown-it'), { numRuns }),
  runTimeout(numRuns, 200),
);
