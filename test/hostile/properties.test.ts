/**
 * Issue 17's properties on generated hostile documents (hostile-documents.ts): compiling and
 * checking never throw, both front-ends agree, and `--fix` twice is `--fix` once, never
 * multiplying what it inserts (17.1). GUIDELINT_PROPERTY_RUNS sets the cases: by default 100
 * (260 cases in all, a few seconds of `npm test`), 10,000 in `npm run test:slow`; the properties
 * that run remark, ten times slower, run fewer.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { fixSource } from '../../src/fix/fix-source.js';
import { lintOutline } from '../../src/engine/lint-outline.js';
import { buildOutline, outlineFromMarkdownIt, outlineFromRemark, type Parser } from '../../src/outline/index.js';
import { compileTemplate, TemplateError } from '../../src/template/compile.js';
import { FIXABLE_TEMPLATE, hostileDocument } from './hostile-documents.js';

const numRuns = Number(process.env['GUIDELINT_PROPERTY_RUNS'] ?? 100);
/** A bound for the whole run, not a measure: the cases take a few milliseconds each. */
const timeout = Math.max(120_000, numRuns * 100);
const schema = compileTemplate(FIXABLE_TEMPLATE, { name: 'notes' });
const count = (text: string, part: string): number => text.split(part).length - 1;
const agreementRuns = Math.min(Math.ceil(numRuns / 2), 10_000);
const remarkFixRuns = Math.min(Math.ceil(numRuns / 10), 1_000);

describe('on any document', () => {
  it(
    'compiling it as a template and checking with it never throw',
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
    timeout,
  );

  it(
    'both front-ends give the same Outline',
    () => {
      fc.assert(
        fc.property(hostileDocument, (source) => {
          const fast = outlineFromMarkdownIt(source);
          const reference = outlineFromRemark(source);
          if (!isDeepStrictEqual(fast, reference)) expect(fast).toEqual(reference);
        }),
        { numRuns: agreementRuns },
      );
    },
    timeout,
  );

  it.each<[Parser, number]>([
    ['markdown-it', numRuns],
    ['remark', remarkFixRuns],
  ])(
    '--fix (%s) twice is once, and inserts each template heading at most once',
    (parser, runs) => {
      const lint = (text: string) => lintOutline(buildOutline(text, parser), schema);
      fc.assert(
        fc.property(hostileDocument, (source) => {
          const fixed = fixSource(source, lint);
          expect(fixSource(fixed.output, lint).output).toBe(fixed.output);
          for (const heading of ['## Summary', '## Checklist', '## Details', '### Risks']) {
            expect(count(fixed.output, heading) - count(source, heading)).toBeLessThanOrEqual(1);
          }
        }),
        { numRuns: runs },
      );
    },
    timeout,
  );
});
