/**
 * The markdown-it front-end reads the blocks stock markdown-it reads: it normalizes line endings
 * and NULs itself, and skips normalizing link destinations that `validateLink` could not refuse.
 */

import { describe, expect, it } from '@jest/globals';
import MarkdownIt from 'markdown-it';
import { outlineFromMarkdownIt } from '../../src/outline/from-markdown-it.js';
import type { Section } from '../../src/outline/types.js';

const stock = new MarkdownIt('commonmark').enable(['table', 'strikethrough']);

/** The block kinds stock markdown-it reads at the top level. */
function stockBlocks(source: string): string[] {
  return stock
    .parse(source, {})
    .filter((token) => token.level === 0 && token.nesting !== -1 && token.type !== 'inline')
    .map((token) => token.type);
}

const KINDS: Record<string, string> = {
  paragraph: 'paragraph_open',
  heading: 'heading_open',
  code: 'fence',
  list: 'bullet_list_open',
  thematicBreak: 'hr',
};

/** The Outline's top-level blocks and headings, in order, named as markdown-it's tokens. */
function ourBlocks(source: string): string[] {
  const blocksOf = (section: Section): string[] => [
    ...(section.heading ? ['heading_open'] : []),
    ...section.body.blocks.map((block) => KINDS[block.kind] ?? block.kind),
    ...section.children.flatMap(blocksOf),
  ];
  return blocksOf(outlineFromMarkdownIt(source).root);
}

describe('outlineFromMarkdownIt', () => {
  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'vbscript:x',
    'file:///etc/passwd',
    'data:text/html,x',
    'data:image/png;base64,AAAA',
    '<javascript:x>',
    '<java script:x>',
    'java%73cript:x',
    'https://example.com/a',
    'https://example.com/javascript:x',
    '//data:80/x',
    'mailto:someone@example.com',
    'https://bücher.example/ß',
  ])('keeps or refuses the link reference definition to %j as markdown-it does', (destination) => {
    const source = `Intro.\n\n[ref]: ${destination}\n\n- item\n`;
    expect(ourBlocks(source)).toEqual(stockBlocks(source));
  });

  it('reads CR and CRLF line endings and NUL characters as markdown-it does', () => {
    const source = '# Title\r\n\r\nText\0 here\r---\r\n\r\n```\r\ncode\0\r\n```\r\n- a\n- b\r';
    expect(ourBlocks(source)).toEqual(stockBlocks(source));
    expect(outlineFromMarkdownIt(source).root.children[0]!.heading!.text).toBe('Title');
  });
});
