import { describe, expect, it } from '@jest/globals';
import { frontEnds, spanOf } from './front-ends.js';

describe.each(frontEnds)('labels (%s)', (_name, outlineOf) => {
  it('reads bold labels at the start of lines of body paragraphs only', () => {
    const source = [
      '## Step 1', //                                  1
      '',
      '**Verification:**', //                          3
      '**Objective**: Build it  ', //                  4
      'text **Not:** a label',
      '__Why:__ because',
      '',
      '- **In a list:** no', //                        8
      '',
      '> **In a quote:** no',
      '',
      '**Phase 1: [Foundation]**', //                  12
    ].join('\n');
    expect(outlineOf(source).root.children[0]!.body.labels).toEqual([
      { text: 'Verification', value: '', span: spanOf(source, 3, 1, 3, 18) },
      { text: 'Objective', value: 'Build it', span: spanOf(source, 4, 1, 4, 24) },
      { text: 'Why', value: 'because', span: spanOf(source, 6, 1, 6, 17) },
    ]);
  });
});

describe.each(frontEnds)('task items (%s)', (_name, outlineOf) => {
  it('reads GFM task items at any depth, with their first line', () => {
    const source = [
      '- [ ] Top', //                     1
      '  - [x] Nested  ', //              2
      '    continued',
      '  - plain item',
      '1. [X] Ordered', //                5
      '> - [ ] Quoted', //                6
      '- [ ]', //                         7
      '',
      '- [a] not a box',
    ].join('\n');
    expect(outlineOf(source).root.body.taskItems).toEqual([
      { form: 'gfm', checked: false, text: 'Top', span: spanOf(source, 1, 1, 1, 10) },
      { form: 'gfm', checked: true, text: 'Nested', span: spanOf(source, 2, 3, 2, 15) },
      { form: 'gfm', checked: true, text: 'Ordered', span: spanOf(source, 5, 1, 5, 15) },
      { form: 'gfm', checked: false, text: 'Quoted', span: spanOf(source, 6, 3, 6, 15) },
    ]);
  });

  it('reads checklist lines of an untagged code block', () => {
    const source = ['```', '☐ Pre-flight done', '  ☑ Installed  ', '✅ Tested', 'plain', '```', '', '```sh', '☐ tagged', '```'].join('\n');
    expect(outlineOf(source).root.body.taskItems).toEqual([
      { form: 'code', checked: false, text: 'Pre-flight done', span: spanOf(source, 2, 1, 2, 18) },
      { form: 'code', checked: true, text: 'Installed', span: spanOf(source, 3, 3, 3, 14) },
      { form: 'code', checked: true, text: 'Tested', span: spanOf(source, 4, 1, 4, 9) },
    ]);
  });

  it('reads checklist lines of a code block tagged as plain text (markdownlint MD040 asks for a tag)', () => {
    const source = ['```text', '☐ Text', '```', '~~~ TXT', '☑ Txt', '~~~', '```plain title="x"', '☐ Plain', '```', '```plaintext', '✅ Plaintext', '```'].join('\n');
    expect(outlineOf(source).root.body.taskItems).toEqual([
      { form: 'code', checked: false, text: 'Text', span: spanOf(source, 2, 1, 2, 7) },
      { form: 'code', checked: true, text: 'Txt', span: spanOf(source, 5, 1, 5, 6) },
      { form: 'code', checked: false, text: 'Plain', span: spanOf(source, 8, 1, 8, 8) },
      { form: 'code', checked: true, text: 'Plaintext', span: spanOf(source, 11, 1, 11, 12) },
    ]);
  });

  it('reads checklist lines of a code block in a blockquote', () => {
    const source = '> ```\n> ☐ Quoted item\n> ```\n';
    expect(outlineOf(source).root.body.taskItems).toEqual([
      { form: 'code', checked: false, text: 'Quoted item', span: spanOf(source, 2, 3, 2, 16) },
    ]);
  });
});

describe.each(frontEnds)('tables (%s)', (_name, outlineOf) => {
  it('splits rows on unescaped pipes, outer pipes optional', () => {
    const source = [
      '| Date | Notes |', //                 1
      '|------|:-----:|',
      '| 2024-01-02 | a \\| b |', //         3
      'no pipes | `c`  ', //                 4
      '| |', //                              5
    ].join('\n');
    expect(outlineOf(source).root.body.tables).toEqual([
      {
        header: [
          { text: 'Date', span: spanOf(source, 1, 3, 1, 7) },
          { text: 'Notes', span: spanOf(source, 1, 10, 1, 15) },
        ],
        rows: [
          [
            { text: '2024-01-02', span: spanOf(source, 3, 3, 3, 13) },
            { text: 'a \\| b', span: spanOf(source, 3, 16, 3, 22) },
          ],
          [
            { text: 'no pipes', span: spanOf(source, 4, 1, 4, 9) },
            { text: '`c`', span: spanOf(source, 4, 12, 4, 15) },
          ],
          [{ text: '', span: spanOf(source, 5, 3, 5, 3) }],
        ],
        span: spanOf(source, 1, 1, 5, 4),
      },
    ]);
  });

  it('reads a table nested in a list item or a blockquote', () => {
    const source = ['- item', '', '  | A |', '  | - |', '  | 1 |', '', '> | B |', '> |---|'].join('\n');
    const tables = outlineOf(source).root.body.tables;
    expect(tables.map((table) => [table.header.map((cell) => cell.text), table.rows.map((row) => row.map((cell) => cell.text)), table.span])).toEqual([
      [['A'], [['1']], spanOf(source, 3, 3, 5, 8)],
      [['B'], [], spanOf(source, 7, 3, 8, 8)],
    ]);
    expect(tables[1]!.header[0]!.span).toEqual(spanOf(source, 7, 5, 7, 6));
  });
});

describe.each(frontEnds)('code blocks (%s)', (_name, outlineOf) => {
  it('reads nested code blocks with the first word of the info string', () => {
    const source = ['- step', '', '  ~~~rust,ignore extra', '  let x = 1;', '  ~~~', '', '> ```', '> a', '> ```'].join('\n');
    expect(outlineOf(source).root.body.codeBlocks).toEqual([
      { fenced: true, lang: 'rust,ignore', value: 'let x = 1;', span: spanOf(source, 3, 3, 5, 6) },
      { fenced: true, lang: null, value: 'a', span: spanOf(source, 7, 3, 9, 6) },
    ]);
  });

  it('ends an unclosed fence at its last non-blank line', () => {
    const source = '```\ncode\n\n\n';
    expect(outlineOf(source).root.body.codeBlocks).toEqual([
      { fenced: true, lang: null, value: 'code', span: spanOf(source, 1, 1, 2, 5) },
    ]);
  });
});

describe.each(frontEnds)('comments (%s)', (_name, outlineOf) => {
  const source = [
    '<!-- guidelint: optional -->', //              1
    '# Title <!-- omit in toc -->', //              2
    '',
    'Text <!-- inline --> and `<!-- code -->`', //  4
    '',
    '<!--', //                                      6
    'multi',
    'line -->',
    '',
    '> <!-- quoted', //                            10
    '> comment -->',
    '',
    '## Next', //                                  13
  ].join('\n');
  const outline = outlineOf(source);

  it('lists every comment of the document in order', () => {
    expect(outline.comments).toEqual([
      { value: 'guidelint: optional', span: spanOf(source, 1, 1, 1, 29) },
      { value: 'omit in toc', span: spanOf(source, 2, 9, 2, 29) },
      { value: 'inline', span: spanOf(source, 4, 6, 4, 21) },
      { value: 'multi\nline', span: spanOf(source, 6, 1, 8, 9) },
      { value: 'quoted\ncomment', span: spanOf(source, 10, 3, 11, 14) },
    ]);
  });

  it('gives a body the comments that stand as its blocks', () => {
    expect(outline.root.body.comments).toEqual([outline.comments[0]]);
    expect(outline.root.children[0]!.body.comments).toEqual([outline.comments[3]]);
    expect(outline.root.children[0]!.heading!.text).toBe('Title');
  });
});

describe.each(frontEnds)('footnote definitions (%s)', (_name, outlineOf) => {
  it('sets them aside, with their continuation lines', () => {
    const source = 'Text[^1].\n[^1]: The note,\n    continued.\n\n    More of the note.\n\nAfter.\n';
    expect(outlineOf(source).root.body.paragraphs.map((paragraph) => paragraph.text)).toEqual(['Text[^1].', 'After.']);
  });

  it('ends a list where a definition at column 0 interrupts an item (rust-rfcs 3668)', () => {
    const source = '- Feature Name: `x`[^a]\n[^a]: A note\n- Start Date: 2024-06-25\n';
    const outline = outlineOf(source);
    expect(outline.root.body.blocks).toEqual([
      { kind: 'list', span: spanOf(source, 1, 1, 1, 24) },
      { kind: 'list', span: spanOf(source, 3, 1, 3, 25) },
    ]);
    expect(outline.metadata.map((field) => [field.key, field.value])).toEqual([
      ['Feature Name', '`x`[^a]'],
      ['Start Date', '2024-06-25'],
    ]);
  });
});

describe.each(frontEnds)('lazy lines (%s)', (_name, outlineOf) => {
  it('continues a paragraph with a line below it indented as code for an outer item', () => {
    const source = '1. a\n    *   b\n        *   c\n       *   lazy\n\n       code\n';
    expect(outlineOf(source).root.body.codeBlocks).toEqual([
      { fenced: false, lang: null, value: 'code', span: spanOf(source, 6, 8, 6, 12) },
    ]);
  });

  it('keeps the container of a paragraph open over its lazy lines', () => {
    const source = '> > quoted\n    - lazy\nmore\n';
    expect(outlineOf(source).root.body.blocks).toEqual([{ kind: 'blockquote', span: spanOf(source, 1, 1, 3, 5) }]);
  });

  it('reads consecutive indented lines as one code block', () => {
    const source = '>\n    code\n\tmore\n';
    expect(outlineOf(source).root.body.codeBlocks).toEqual([
      { fenced: false, lang: null, value: 'code\nmore', span: spanOf(source, 2, 5, 3, 6) },
    ]);
  });

  it('starts an ordered list at any number after indented code', () => {
    const source = '    code\n\n3. item\n';
    expect(outlineOf(source).root.body.blocks.map((block) => block.kind)).toEqual(['code', 'list']);
  });
});
