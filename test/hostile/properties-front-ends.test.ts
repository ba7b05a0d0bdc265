/** Issue 17.2's property: both front-ends give the same Outline of any generated document. */
import { expect, it } from '@jest/globals';
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { outlineFromMarkdownIt, outlineFromRemark } from '../../src/outline/index.js';
import { hostileDocument } from './hostile-documents.js';
import { propertyCases, runTimeout } from './property-cases.js';

const numRuns = propertyCases('front-ends');

it(
  `both front-ends give the same Outline (${numRuns} cases)`,
  () => {
    fc.assert(
      fc.property(hostileDocument, (source) => {
        const fast = outlineFromMarkdownIt(source);
        const reference = outlineFromRemark(source);
        if (!isDeepStrictEqual(fast, reference)) expect(fast).toEqual(reference);
      }),
      { numRuns },
    );
  },
  runTimeout(numRuns, 200),
);
