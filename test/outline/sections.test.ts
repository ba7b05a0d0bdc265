import { describe, expect, it } from '@jest/globals';
import { frontEnds, spanOf } from './front-ends.js';

const document = [
  'Intro text.', //                                   1
  '',
  '# Title *with* `code` and [a link](http://x.y) #', // 3
  '',
  'Body para.', //                                    5
  '',
  '## First', //                                      7
  '',
  '### Deep', //                                      9
  'deep text  ', //                                  10
  '',
  '## Second', //                                    12
  'Setext  ', //                                     13
  '  Two', //                                        14
  '------', //                                       15
  '',
  '',
].join('\n');

describe.each(frontEnds)('sections (%s)', (_name, outlineOf) => {
  const outline = outlineOf(document);
  const [title] = outline.root.children;

  it('puts the content before the first heading in the root body', () => {
    expect(outline.root.level).toBe(0);
    expect(outline.root.heading).toBeNull();
    expect(outline.root.body.blocks).toEqual([{ kind: 'paragraph', span: spanOf(document, 1, 1, 1, 12) }]);
    expect(outline.root.span).toEqual(spanOf(document, 1, 1, 15, 7));
    expect(outline.root.children).toHaveLength(1);
  });

  it('nests sections by level', () => {
    const shape = (section: typeof outline.root): unknown[] => [section.heading?.text, ...section.children.map(shape)];
    const deep = ['Deep'];
    const first = ['First', deep];
    expect(shape(outline.root)).toEqual([
      undefined,
      ['Title with code and a link', first, ['Second'], ['Setext Two']],
    ]);
  });

  it('reads an ATX heading', () => {
    expect(title!.heading).toEqual({
      level: 1,
      raw: 'Title *with* `code` and [a link](http://x.y)',
      text: 'Title with code and a link',
      setext: false,
      span: spanOf(document, 3, 1, 3, 49),
    });
    expect(title!.span).toEqual(spanOf(document, 3, 1, 15, 7));
    expect(title!.body.paragraphs).toEqual([{ text: 'Body para.', span: spanOf(document, 5, 1, 5, 11) }]);
  });

  it('ends a section at its last non-blank line, and a bare heading at itself', () => {
    const [first, second, setext] = title!.children;
    expect(first!.span).toEqual(spanOf(document, 7, 1, 10, 10));
    expect(first!.body.blocks).toEqual([]);
    expect(first!.children[0]!.span).toEqual(spanOf(document, 9, 1, 10, 10));
    expect(second!.span).toEqual(spanOf(document, 12, 1, 12, 10));
    expect(setext!.span).toEqual(spanOf(document, 13, 1, 15, 7));
  });

  it('reads a setext heading, underline included', () => {
    const setext = title!.children[2]!;
    expect(setext.heading).toEqual({
      level: 2,
      raw: 'Setext\nTwo',
      text: 'Setext Two',
      setext: true,
      span: spanOf(document, 13, 1, 15, 7),
    });
    expect(setext.body.blocks).toEqual([]);
  });

  it('leaves link reference definitions out of a setext heading', () => {
    const source = '[ref]: http://example.com\nTitle\n=====\n';
    expect(outlineOf(source).root.children[0]!.heading).toEqual({
      level: 1,
      raw: 'Title',
      text: 'Title',
      setext: true,
      span: spanOf(source, 2, 1, 3, 6),
    });
  });

  it('opens no section for a heading inside a blockquote or a list', () => {
    const source = '> # Quoted\n\n- ## Listed\n';
    const nested = outlineOf(source);
    expect(nested.root.children).toEqual([]);
    expect(nested.root.body.blocks.map((block) => block.kind)).toEqual(['blockquote', 'list']);
  });

  it('gives an empty document an empty root', () => {
    expect(outlineOf('')).toEqual({
      lines: [''],
      lineBreak: '\n',
      frontmatter: null,
      metadata: [],
      root: {
        level: 0,
        heading: null,
        children: [],
        body: { blocks: [], paragraphs: [], taskItems: [], tables: [], labels: [], codeBlocks: [], comments: [] },
        span: spanOf('', 1, 1, 1, 1),
      },
      comments: [],
    });
  });
});

describe.each(frontEnds)('blocks (%s)', (_name, outlineOf) => {
  const source = [
    'First line  ', //         1
    '   second line', //       2
    '',
    '- item', //               4
    '',
    '  more', //               6
    '',
    '```js title', //          8
    'code',
    '```', //                 10
    '',
    '    indented', //        12
    '',
    '| a |', //               14
    '| - |',
    '',
    '> quote', //             17
    '>',
    '',
    '<div>', //               20
    '</div>',
    '',
    '***', //                 23
  ].join('\n');
  const body = outlineOf(source).root.body;

  it('lists the top-level blocks with their spans', () => {
    expect(body.blocks).toEqual([
      { kind: 'paragraph', span: spanOf(source, 1, 1, 2, 15) },
      { kind: 'list', span: spanOf(source, 4, 1, 6, 7) },
      { kind: 'code', span: spanOf(source, 8, 1, 10, 4) },
      { kind: 'code', span: spanOf(source, 12, 5, 12, 13) },
      { kind: 'table', span: spanOf(source, 14, 1, 15, 6) },
      { kind: 'blockquote', span: spanOf(source, 17, 1, 18, 2) },
      { kind: 'html', span: spanOf(source, 20, 1, 21, 7) },
      { kind: 'thematicBreak', span: spanOf(source, 23, 1, 23, 4) },
    ]);
  });

  it('keeps a paragraph as its trimmed lines', () => {
    expect(body.paragraphs).toEqual([{ text: 'First line\nsecond line', span: spanOf(source, 1, 1, 2, 15) }]);
  });

  it('reads code blocks, fenced and indented', () => {
    expect(body.codeBlocks).toEqual([
      { fenced: true, lang: 'js', value: 'code', span: spanOf(source, 8, 1, 10, 4) },
      { fenced: false, lang: null, value: 'indented', span: spanOf(source, 12, 5, 12, 13) },
    ]);
  });
});

describe.each(frontEnds)('positions (%s)', (_name, outlineOf) => {
  it('counts offsets over CRLF line endings, lines without the CR', () => {
    const outline = outlineOf('# A\r\n\r\n## B\r\ntext\r\n');
    expect(outline.lines).toEqual(['# A', '', '## B', 'text', '']);
    const b = outline.root.children[0]!.children[0]!;
    expect(b.heading!.span).toEqual({
      start: { line: 3, column: 1, offset: 7 },
      end: { line: 3, column: 5, offset: 11 },
    });
    expect(b.body.paragraphs).toEqual([
      { text: 'text', span: { start: { line: 4, column: 1, offset: 13 }, end: { line: 4, column: 5, offset: 17 } } },
    ]);
  });

  it('leaves a byte-order mark out of lines and columns but counts it in offsets', () => {
    const outline = outlineOf('\uFEFF# A\ntext');
    expect(outline.lines).toEqual(['# A', 'text']);
    expect(outline.root.children[0]!.heading!.span).toEqual({
      start: { line: 1, column: 1, offset: 1 },
      end: { line: 1, column: 4, offset: 4 },
    });
    expect(outline.root.children[0]!.body.paragraphs[0]!.span.start).toEqual({ line: 2, column: 1, offset: 5 });
  });

  it('counts columns in UTF-16 code units, a tab as one', () => {
    const source = '# 😀 A\n\n-\t[ ] é task\n';
    const outline = outlineOf(source);
    expect(outline.root.children[0]!.heading!.span).toEqual(spanOf(source, 1, 1, 1, 7));
    expect(outline.root.children[0]!.body.taskItems).toEqual([
      { form: 'gfm', checked: false, text: 'é task', span: spanOf(source, 3, 1, 3, 13) },
    ]);
  });
});

describe.each(frontEnds)('line breaks (%s)', (_name, outlineOf) => {
  it.each([
    ['\n', '# A\nText.\r\n'],
    ['\r\n', '# A\r\nText.\n'],
    ['\r', '# A\rText.\r'],
    ['\n', 'no break'],
  ])('takes %j, the first, as the document\'s', (lineBreak, source) => {
    expect(outlineOf(source).lineBreak).toBe(lineBreak);
  });
});
