import { describe, expect, it } from '@jest/globals';
import { frontEnds, spanOf } from './front-ends.js';

describe.each(frontEnds)('bold-key metadata (%s)', (_name, outlineOf) => {
  it('reads a bold-key paragraph followed by --- as metadata, not a setext heading', () => {
    // implementation-guide.md: hard breaks (two trailing spaces), then `---` right below.
    const source = [
      '# Guide', //                                  1
      '',
      '---',
      '**Parent:** [Doc](../parent.md)  ', //         4
      '**Last Updated**: 2024-01-02  ', //            5
      '**Empty:**', //                                6
      '---',
      '',
      '## Purpose', //                                9
    ].join('\n');
    const outline = outlineOf(source);
    expect(outline.metadata).toEqual([
      { form: 'bold', key: 'Parent', value: '[Doc](../parent.md)', span: spanOf(source, 4, 1, 4, 32), valueSpan: spanOf(source, 4, 13, 4, 32) },
      { form: 'bold', key: 'Last Updated', value: '2024-01-02', span: spanOf(source, 5, 1, 5, 29), valueSpan: spanOf(source, 5, 19, 5, 29) },
      { form: 'bold', key: 'Empty', value: '', span: spanOf(source, 6, 1, 6, 11), valueSpan: spanOf(source, 6, 11, 6, 11) },
    ]);
    const title = outline.root.children[0]!;
    expect(title.children.map((section) => section.heading!.text)).toEqual(['Purpose']);
    expect(title.body.blocks.map((block) => block.kind)).toEqual(['thematicBreak', 'paragraph', 'thematicBreak']);
    expect(title.body.labels.map((label) => [label.text, label.value])).toEqual([
      ['Parent', '[Doc](../parent.md)'],
      ['Last Updated', '2024-01-02'],
      ['Empty', ''],
    ]);
  });

  it('keeps a setext heading that is not all bold-key lines', () => {
    const outline = outlineOf('# T\n\n**Key:** value\nmore text\n---\n');
    expect(outline.metadata).toEqual([]);
    expect(outline.root.children[0]!.children.map((section) => section.heading!.raw)).toEqual(['**Key:** value\nmore text']);
  });

  it('reads bold keys in a blockquote (design-doc template)', () => {
    const source = [
      '# [Feature Name]',
      '',
      '> **Status**: Draft | Planning', // 3
      '>',
      '> **Created**: YYYY-MM-DD', //      5
      '',
      '---',
    ].join('\n');
    expect(outlineOf(source).metadata).toEqual([
      { form: 'bold', key: 'Status', value: 'Draft | Planning', span: spanOf(source, 3, 3, 3, 31), valueSpan: spanOf(source, 3, 15, 3, 31) },
      { form: 'bold', key: 'Created', value: 'YYYY-MM-DD', span: spanOf(source, 5, 3, 5, 26), valueSpan: spanOf(source, 5, 16, 5, 26) },
    ]);
  });

  it('reads only the root body and the title section, before the first ## heading', () => {
    const source = '**A:** 1\n\n# Title\n\n__B:__ 2\n\n## Next\n\n**C:** 3\n';
    expect(outlineOf(source).metadata.map((field) => [field.key, field.value])).toEqual([
      ['A', '1'],
      ['B', '2'],
    ]);
    expect(outlineOf('## First\n\n**A:** 1\n').metadata).toEqual([]);
  });
});

describe.each(frontEnds)('list metadata (%s)', (_name, outlineOf) => {
  it('reads a list of short `Key: value` items (Rust RFC template)', () => {
    const source = [
      '- Feature Name: (fill me in with a unique ident, `my_awesome_feature`)',
      '- Start Date:2024-06-25',
      '- RFC PR #: [rust-lang/rfcs#0000](https://github.com/rust-lang/rfcs/pull/0000)',
      '* Empty:',
      '',
      '# Summary',
    ].join('\n');
    expect(outlineOf(source).metadata).toEqual([
      {
        form: 'list',
        key: 'Feature Name',
        value: '(fill me in with a unique ident, `my_awesome_feature`)',
        span: spanOf(source, 1, 3, 1, 71),
        valueSpan: spanOf(source, 1, 17, 1, 71),
      },
      { form: 'list', key: 'Start Date', value: '2024-06-25', span: spanOf(source, 2, 3, 2, 24), valueSpan: spanOf(source, 2, 14, 2, 24) },
      {
        form: 'list',
        key: 'RFC PR #',
        value: '[rust-lang/rfcs#0000](https://github.com/rust-lang/rfcs/pull/0000)',
        span: spanOf(source, 3, 3, 3, 79),
        valueSpan: spanOf(source, 3, 13, 3, 79),
      },
      // A new bullet character starts a new list: one more list of `Key: value` items.
      { form: 'list', key: 'Empty', value: '', span: spanOf(source, 4, 3, 4, 9), valueSpan: spanOf(source, 4, 9, 4, 9) },
    ]);
  });

  it('reads keys with punctuation and a value given as indented sub-items (DESIGN §2b.9)', () => {
    const source = [
      '* Author(s): Ada, Grace', //         1
      '* Review Manager: Alan',
      '* Implementation:', //               3
      '   - On main.',
      '   - In [#12](https://x.test/12)', //  5
      '     and later.',
      '* Review: soon', //                   7
      '',
      '## Next',
    ].join('\n');
    expect(outlineOf(source).metadata).toEqual([
      { form: 'list', key: 'Author(s)', value: 'Ada, Grace', span: spanOf(source, 1, 3, 1, 24), valueSpan: spanOf(source, 1, 14, 1, 24) },
      { form: 'list', key: 'Review Manager', value: 'Alan', span: spanOf(source, 2, 3, 2, 23), valueSpan: spanOf(source, 2, 19, 2, 23) },
      {
        form: 'list',
        key: 'Implementation',
        value: 'On main., In [#12](https://x.test/12) and later.',
        span: spanOf(source, 3, 3, 3, 18),
        valueSpan: spanOf(source, 4, 6, 6, 16),
      },
      { form: 'list', key: 'Review', value: 'soon', span: spanOf(source, 7, 3, 7, 15), valueSpan: spanOf(source, 7, 11, 7, 15) },
    ]);
  });

  it('reads an item that is a key over sub-items, its colon left out', () => {
    const source = ['* Status: Done', '* Review threads', '  * [Pitch](https://x.test/1)', '    * nested note', '', '## Next'].join('\n');
    expect(outlineOf(source).metadata.map((field) => [field.key, field.value])).toEqual([
      ['Status', 'Done'],
      ['Review threads', '[Pitch](https://x.test/1) nested note'],
    ]);
    expect(outlineOf('* Status: Done\n* just text\n').metadata).toEqual([]);
  });

  it('ignores a list with an item that is not `Key: value`', () => {
    expect(outlineOf('- Key: value\n- just text\n').metadata).toEqual([]);
    expect(outlineOf('- A key of far too many words: value\n').metadata).toEqual([]);
    expect(outlineOf('- **Bold**: value\n').metadata).toEqual([]);
    expect(outlineOf('- see http://example.com\n').metadata).toEqual([]);
    expect(outlineOf('- http://example.com\n').metadata).toEqual([]);
  });
});

describe.each(frontEnds)('table metadata (%s)', (_name, outlineOf) => {
  it('reads a two-column table under the title, its header row a field too (DESIGN §2b.9)', () => {
    const source = [
      '# Title', //                                  1
      '',
      '| Status        | Accepted |', //              3
      ':-------------- |:-------- |',
      '| **Author(s)** | Ada      |', //              5
      '|               | Grace    |',
      '| **RFC #**     |', //                         7
      '| Updated | 2024-01-02 | extra |',
      '',
      '## Objective',
    ].join('\n');
    expect(outlineOf(source).metadata).toEqual([
      { form: 'table', key: 'Status', value: 'Accepted', span: spanOf(source, 3, 1, 4, 29), valueSpan: spanOf(source, 3, 19, 3, 27) },
      { form: 'table', key: 'Author(s)', value: 'Ada Grace', span: spanOf(source, 5, 1, 6, 29), valueSpan: spanOf(source, 5, 19, 6, 24) },
      { form: 'table', key: 'RFC #', value: '', span: spanOf(source, 7, 1, 7, 18), valueSpan: spanOf(source, 7, 12, 7, 12) },
      { form: 'table', key: 'Updated', value: '2024-01-02', span: spanOf(source, 8, 1, 8, 33), valueSpan: spanOf(source, 8, 13, 8, 23) },
    ]);
  });

  it('skips a header that names the columns, and reads no table of another shape', () => {
    expect(outlineOf('| Field | Value |\n|---|---|\n| Owner | Ada |\n').metadata.map((field) => [field.key, field.value])).toEqual([['Owner', 'Ada']]);
    expect(outlineOf('| A | B | C |\n|---|---|---|\n| 1 | 2 | 3 |\n').metadata).toEqual([]);
    expect(outlineOf('| Owner | Ada |\n|---|---|\n| A key of far too many words here | x |\n').metadata).toEqual([]);
    expect(outlineOf('## First\n\n| Owner | Ada |\n|---|---|\n').metadata).toEqual([]);
  });
});

describe.each(frontEnds)('frontmatter (%s)', (_name, outlineOf) => {
  it('reads the YAML and one field per top-level key', () => {
    const source = [
      '---', //                              1
      'status: accepted # decided', //       2
      'date: 2024-01-02', //                 3
      'deciders: [Ann, Bob]', //             4
      'informed:', //                        5
      '  - Cy',
      'empty:', //                           7
      'count: 3',
      '---',
      '# Title', //                         10
    ].join('\n');
    const outline = outlineOf(source);
    expect(outline.frontmatter).toEqual({
      span: spanOf(source, 1, 1, 9, 4),
      raw: 'status: accepted # decided\ndate: 2024-01-02\ndeciders: [Ann, Bob]\ninformed:\n  - Cy\nempty:\ncount: 3',
      data: { status: 'accepted', date: '2024-01-02', deciders: ['Ann', 'Bob'], informed: ['Cy'], empty: null, count: 3 },
      error: null,
    });
    expect(outline.metadata).toEqual([
      { form: 'frontmatter', key: 'status', value: 'accepted', span: spanOf(source, 2, 1, 2, 27), valueSpan: spanOf(source, 2, 9, 2, 17) },
      { form: 'frontmatter', key: 'date', value: '2024-01-02', span: spanOf(source, 3, 1, 3, 17), valueSpan: spanOf(source, 3, 7, 3, 17) },
      { form: 'frontmatter', key: 'deciders', value: 'Ann, Bob', span: spanOf(source, 4, 1, 4, 21), valueSpan: spanOf(source, 4, 11, 4, 21) },
      { form: 'frontmatter', key: 'informed', value: 'Cy', span: spanOf(source, 5, 1, 5, 10), valueSpan: spanOf(source, 5, 10, 5, 10) },
      { form: 'frontmatter', key: 'empty', value: '', span: spanOf(source, 7, 1, 7, 7), valueSpan: spanOf(source, 7, 7, 7, 7) },
      { form: 'frontmatter', key: 'count', value: '3', span: spanOf(source, 8, 1, 8, 9), valueSpan: spanOf(source, 8, 8, 8, 9) },
    ]);
    expect(outline.root.body.blocks).toEqual([]);
    expect(outline.root.children[0]!.heading!.span).toEqual(spanOf(source, 10, 1, 10, 8));
  });

  it('reports broken YAML in one line with the document line', () => {
    const outline = outlineOf('---\ntitle: A\n  bad: indent\n---\n');
    expect(outline.frontmatter).toEqual({
      span: spanOf('---\ntitle: A\n  bad: indent\n---\n', 1, 1, 4, 4),
      raw: 'title: A\n  bad: indent',
      data: null,
      error: 'YAML frontmatter: Nested mappings are not allowed in compact mappings at line 2, column 8',
    });
    expect(outline.metadata).toEqual([]);
  });

  it('has no data for YAML that is not a mapping', () => {
    expect(outlineOf('---\n- a\n---\n').frontmatter).toMatchObject({ raw: '- a', data: null, error: null });
    expect(outlineOf('---\n---\n').frontmatter).toMatchObject({ raw: '', data: null, error: null });
  });

  it('takes a fence that never closes over YAML for frontmatter with an error, and reads the rest as Markdown', () => {
    const source = '---\ntitle: A\n\n- item\n';
    const outline = outlineOf(source);
    expect(outline.frontmatter).toEqual({
      span: spanOf(source, 1, 1, 1, 4),
      raw: '',
      data: null,
      error: 'YAML frontmatter: the "---" that opens it is never closed (add a "---" line after the last key) at line 1, column 1',
    });
    expect(outline.root.body.blocks.map((block) => block.kind)).toEqual(['thematicBreak', 'paragraph', 'list']);
  });

  it('takes a fence that never closes over anything else as a thematic break', () => {
    const outline = outlineOf('---\n\n# Title\n\n- item: one\n');
    expect(outline.frontmatter).toBeNull();
    expect(outline.root.body.blocks.map((block) => block.kind)).toEqual(['thematicBreak']);
  });

  it('reads each of a repeated key with its own value', () => {
    const source = '---\nstatus: Draft\nstatus: Final\n---\n';
    expect(outlineOf(source).metadata.map((field) => [field.key, field.value, field.span.start.line])).toEqual([
      ['status', 'Draft', 2],
      ['status', 'Final', 3],
    ]);
  });
});
