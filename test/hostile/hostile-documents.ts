/**
 * Generated documents for the `--fix` and front-end properties: a template's own headings, fields,
 * placeholders and task items mixed with what trips parsers up — code fences and HTML comments left
 * open, tables, lists nested past ten levels, lazy blockquote lines, setext underlines, HTML blocks
 * — with any line ending, a byte-order mark or none, and a final line break or none.
 */
import fc from 'fast-check';

/** A template with every kind of sure fix: fields, sections (nested, in order) and task items. */
export const FIXABLE_TEMPLATE = `# [Project] Notes

**Status:** [Draft/Final]
**Owner:** [Name]

## Summary

[Describe the project]

## Checklist

- [ ] Tests written
- [ ] Docs updated

## Details

[Explain how it works]

### Risks

[List the risks]
`;

const nestedList = (depth: number): string =>
  Array.from({ length: depth }, (_, level) => `${'  '.repeat(level)}- item ${level}`).join('\n');

/** A line of the template's own, or one that trips parsers up (a table takes a few). */
const plainFragment: fc.Arbitrary<string> = fc.constantFrom(
  '# Alpha Notes',
  '## Summary',
  '## Checklist',
  '## Details',
  '### Risks',
  '## Extra',
  '**Status:** Draft',
  '**Owner:** Ada',
  '**Status:** Urgent',
  'Some text.',
  '[Describe the project]',
  '- [ ] Tests written',
  '- [x] Docs updated',
  '```',
  '```text',
  '~~~~',
  '    indented code',
  '<!-- an open comment',
  '<!-- a comment -->',
  '-->',
  '<div>',
  '| a | b |\n| - | - |\n| 1 | 2 |',
  '| a | b |\n| - | - |',
  '> quoted',
  'lazy line',
  '---',
  '===',
  '',
  '* * *',
  '1. first',
  '\\',
);

/** One fragment in four a nested list: one in two made documents mostly lists, and slow to read. */
const fragment: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: plainFragment },
  { weight: 1, arbitrary: fc.integer({ min: 2, max: 14 }).map(nestedList) },
);

const lineEnding = fc.constantFrom('\n', '\r\n', '\r');

/** A document of 0 to 14 fragments, with its line endings, byte-order mark and final line break. */
export const hostileDocument: fc.Arbitrary<string> = fc
  .record({
    fragments: fc.array(fragment, { maxLength: 14 }),
    ending: lineEnding,
    bom: fc.boolean(),
    finalBreak: fc.boolean(),
  })
  .map(({ fragments, ending, bom, finalBreak }) => {
    const text = fragments.join('\n').replace(/\n/g, ending);
    return `${bom ? '\uFEFF' : ''}${text}${finalBreak && text !== '' ? ending : ''}`;
  });
