/** Issue 17's property: compiling any generated document as a template, and checking any with it, never throw. */
import { it } from '@jest/globals';
import fc from 'fast-check';
import { lintOutline } from '../../src/engine/lint-outline.js';
import { buildOutline } from '../../src/outline/index.js';
import { compileTemplate, TemplateError } from '../../src/template/compile.js';
import { hostileDocument } from './hostile-documents.js';
import { propertyCases, runTimeout } from './property-cases.js';

const numRuns = propertyCases('compile');

it(
  `compiling a document as a template and checking one with it never throw (${numRuns} cases)`,
  () => {
    fc.assert(
      fc.property(hostileDocument, hostileDocument, (template, document) => {
        let compiled;
        try {
          compiled = compileTemplate(template, { name: 'generated' });
        } catch (error) {
          if (error instanceof TemplateError) return;
          throw error;
        }
        lintOutline(buildOutline(document), compiled);
      }),
      { numRuns },
    );
  },
  runTimeout(numRuns, 50),
);
