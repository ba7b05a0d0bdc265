/**
 * Issue 17.1's property, for either front-end: `--fix` twice is `--fix` once, and it inserts each
 * template heading at most once, on any generated hostile document.
 */
import { expect } from '@jest/globals';
import fc from 'fast-check';
import { fixSource } from '../../src/fix/fix-source.js';
import { lintOutline } from '../../src/engine/lint-outline.js';
import type { Finding } from '../../src/lint/types.js';
import { buildOutline, type Parser } from '../../src/outline/index.js';
import { compileTemplate } from '../../src/template/compile.js';
import { FIXABLE_TEMPLATE, hostileDocument } from './hostile-documents.js';

const schema = compileTemplate(FIXABLE_TEMPLATE, { name: 'notes' });
const count = (text: string, part: string): number => text.split(part).length - 1;

export function fixIsIdempotent(parser: Parser): fc.IProperty<[string]> {
  return fc.property(hostileDocument, (source) => {
    // Linting is a pure function of the text: the second `--fix` lints again only the texts the
    // first did not (it starts on the first's output and retries the fixes that did not take).
    const linted = new Map<string, Finding[]>();
    const lint = (text: string): Finding[] => {
      const findings = linted.get(text) ?? lintOutline(buildOutline(text, parser), schema);
      linted.set(text, findings);
      return findings;
    };
    const fixed = fixSource(source, lint);
    expect(fixSource(fixed.output, lint).output).toBe(fixed.output);
    for (const heading of ['## Summary', '## Checklist', '## Details', '### Risks']) {
      expect(count(fixed.output, heading) - count(source, heading)).toBeLessThanOrEqual(1);
    }
  });
}
