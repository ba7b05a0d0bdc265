/**
 * Issue 17.2: no parse cliff at any depth. Both front-ends read the whole document however deep its
 * lists and blockquotes nest, agree, and read containers past MAX_CONTAINER_DEPTH as text.
 */
import { describe, expect, it } from '@jest/globals';
import { isDeepStrictEqual } from 'node:util';
import { outlineFromMarkdownIt } from '../../src/outline/from-markdown-it.js';
import { outlineFromRemark } from '../../src/outline/from-remark.js';
import { MAX_CONTAINER_DEPTH } from '../../src/outline/nesting.js';
import type { Section } from '../../src/outline/types.js';

const nestedList = (depth: number, item = (level: number) => `- item ${level}`): string[] =>
  Array.from({ length: depth }, (_, level) => `${'  '.repeat(level)}${item(level)}`);

const SHAPES: ReadonlyArray<readonly [string, number, string[]]> = [
  ['a list nested 10 deep (the commonmark preset stops at 10)', 10, nestedList(10)],
  ['task items at the depth limit', MAX_CONTAINER_DEPTH + 1, nestedList(MAX_CONTAINER_DEPTH + 1, (level) => `- [ ] task ${level}`)],
  ['a list past markdown-it\'s own 100 levels', 50, [...nestedList(50), '', '  back in the first item', '', '- a second item']],
  ['blockquotes in list items', 40, nestedList(40, (level) => `- > quoted ${level}`)],
  ['a blockquote 100 deep with a lazy line', 100, [`${'>'.repeat(100)} deep`, 'lazy line']],
  ['a fence under 40 items', 40, [...nestedList(40), `${'  '.repeat(40)}\`\`\``, `${'  '.repeat(40)}code`, `${'  '.repeat(40)}\`\`\``]],
];

const documentWith = (lines: string[]): string =>
  ['# Title', '', '## Summary', '', ...lines, '', '## Details', '', 'Text <!-- a comment -->', '- [x] done', ''].join('\n');

const headings = (section: Section): unknown[] => [section.heading?.text, ...section.children.map(headings)];

describe('deep nesting', () => {
  it.each(SHAPES)('%s: both front-ends read to the end and agree', (_name, _depth, lines) => {
    const source = documentWith(lines);
    const fast = outlineFromMarkdownIt(source);
    expect(headings(fast.root)).toEqual([undefined, ['Title', ['Summary'], ['Details']]]);
    const details = fast.root.children[0]!.children[1]!;
    expect(details.body.taskItems.map((item) => item.text)).toEqual(['done']);
    if (!isDeepStrictEqual(fast, outlineFromRemark(source))) expect(fast).toEqual(outlineFromRemark(source));
  });

  it('reads a container past the limit as one paragraph of text', () => {
    const source = documentWith(nestedList(MAX_CONTAINER_DEPTH + 2, (level) => `- [ ] task ${level}`));
    const summary = outlineFromMarkdownIt(source).root.children[0]!.children[0]!;
    expect(summary.body.taskItems).toHaveLength(MAX_CONTAINER_DEPTH);
    expect(summary.body.taskItems.at(-1)?.text).toBe(`task ${MAX_CONTAINER_DEPTH - 1}`);
  });

  it('reads blockquotes too deep for micromark\'s stack with the markdown-it reader', () => {
    const source = documentWith([`${'>'.repeat(12_000)} deep`]);
    expect(outlineFromRemark(source)).toEqual(outlineFromMarkdownIt(source));
  });
});
