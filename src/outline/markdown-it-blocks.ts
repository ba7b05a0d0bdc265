/**
 * markdown-it's block tokens → block IR. Reads what markdown-it leaves out the way remark reads it:
 * GFM task boxes, and lazy continuation lines that markdown-it takes for indented code.
 */

import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import type { IrBlock, IrCode, IrListItem, IrParagraph, LineRange } from './ir.js';
import { isBlank } from './source.js';

/**
 * CommonMark with GFM tables and strikethrough. Inline parsing is left to `commentsIn`, for the few
 * inline tokens that may hold an HTML comment: it is half of markdown-it's time, and the block
 * structure is all the Outline needs of it.
 */
const markdown = new MarkdownIt('commonmark').enable(['table', 'strikethrough']).disable(['inline', 'text_join']);
const { unescapeAll } = markdown.utils;

const COMMENT_OPEN = '<!--';
const WHITESPACE = /\s+/;

/**
 * The blocks of `input`, the document's lines from `firstLine` on.
 * @param lines the document's lines, as markdown-it reads them (frontmatter blanked out).
 */
export function readBlocks(input: string, firstLine: number, lines: readonly string[]): IrBlock[] {
  const env = {};
  return new TokenReader(markdown.parse(input, env), env, firstLine, lines).blocks(null);
}

class TokenReader {
  private index = 0;
  /** The paragraph that ended last, at any depth: a lazy line may still continue it. */
  private lastParagraph: IrParagraph | null = null;

  constructor(
    private readonly tokens: readonly Token[],
    /** The parse's environment: the link reference definitions inline parsing needs. */
    private readonly env: object,
    private readonly firstLine: number,
    private readonly lines: readonly string[],
  ) {}

  /** Blocks up to the token of type `closeType` (consumed), or to the end. */
  blocks(closeType: string | null): IrBlock[] {
    const blocks: IrBlock[] = [];
    while (this.index < this.tokens.length) {
      const token = this.tokens[this.index++]!;
      if (token.type === closeType) break;
      const block = this.block(token);
      if (block !== null) blocks.push(block);
    }
    return blocks;
  }

  private block(token: Token): IrBlock | null {
    const lines = this.linesOf(token);
    switch (token.type) {
      case 'paragraph_open': {
        const paragraph: IrParagraph = { kind: 'paragraph', ...lines, inlineComments: this.inlineComments('paragraph_close') };
        this.lastParagraph = paragraph;
        return paragraph;
      }
      case 'heading_open':
        return { kind: 'heading', ...lines, level: Number(token.tag.slice(1)), inlineComments: this.inlineComments('heading_close') };
      case 'table_open':
        return { kind: 'table', ...lines, inlineComments: this.inlineComments('table_close') };
      case 'fence':
        return { kind: 'code', ...lines, fenced: true, lang: langOf(token.info), value: token.content };
      case 'code_block':
        return this.indentedCode({ kind: 'code', ...lines, fenced: false, lang: null, value: token.content });
      case 'html_block':
        return { kind: 'html', ...lines };
      case 'hr':
        return { kind: 'thematicBreak', ...lines };
      case 'blockquote_open':
        return { kind: 'blockquote', ...lines, children: this.blocks('blockquote_close') };
      case 'bullet_list_open':
        return { kind: 'list', ...lines, items: this.items('bullet_list_close') };
      case 'ordered_list_open':
        return { kind: 'list', ...lines, items: this.items('ordered_list_close') };
      default:
        return null;
    }
  }

  /**
   * Indented code cannot interrupt a paragraph: lines right below one are lazy continuation lines
   * (CommonMark, and remark), where markdown-it may open a code block in an outer container. Those
   * lines, up to a blank line, go back to the paragraph; what follows the blank stays code.
   */
  private indentedCode(code: IrCode): IrCode | null {
    const paragraph = this.lastParagraph;
    if (paragraph === null || code.start !== paragraph.end + 1) return code;
    let line = code.start;
    while (line <= code.end && !isBlank(this.lines[line]!)) line++;
    paragraph.end = line - 1;
    while (line <= code.end && isBlank(this.lines[line]!)) line++;
    if (line > code.end) return null;
    const value = code.value.split('\n').slice(line - code.start).join('\n');
    return { ...code, start: line, value };
  }

  private items(closeType: string): IrListItem[] {
    const items: IrListItem[] = [];
    while (this.index < this.tokens.length) {
      const token = this.tokens[this.index++]!;
      if (token.type === closeType) break;
      // Between items markdown-it emits nothing else: every token here opens one.
      const checked = this.taskState();
      items.push({ kind: 'listItem', ...this.linesOf(token), checked, children: this.blocks('list_item_close') });
    }
    return items;
  }

  /** GFM task state of the item being opened: a box at the start of its first paragraph. */
  private taskState(): boolean | null {
    const open = this.tokens[this.index];
    const inline = this.tokens[this.index + 1];
    return open?.type === 'paragraph_open' && inline !== undefined ? taskBox(inline.content) : null;
  }

  /** Inline HTML comments up to the token of type `closeType` (consumed). */
  private inlineComments(closeType: string): number {
    let count = 0;
    while (this.index < this.tokens.length) {
      const token = this.tokens[this.index++]!;
      if (token.type === closeType) break;
      if (token.type === 'inline' && token.content.includes(COMMENT_OPEN)) count += this.commentsIn(token.content);
    }
    return count;
  }

  private commentsIn(content: string): number {
    const children: Token[] = [];
    markdown.inline.parse(content, markdown, this.env, children);
    return children.filter((child) => child.type === 'html_inline' && child.content.startsWith(COMMENT_OPEN)).length;
  }

  private linesOf(token: Token): LineRange {
    const [start, end] = token.map ?? [0, 1];
    return { start: this.firstLine + start, end: this.firstLine + end - 1 };
  }
}

function langOf(info: string): string | null {
  const lang = unescapeAll(info).trim().split(WHITESPACE)[0];
  return lang === undefined || lang === '' ? null : lang;
}

/**
 * As micromark-extension-gfm-task-list-item reads it: `[ ]`, `[x]` or `[X]` (the blank may be a
 * tab or line ending), then a space, tab or line ending, and more content after it.
 */
function taskBox(content: string): boolean | null {
  if (content.length < 4 || content[0] !== '[' || content[2] !== ']' || !isSpaceOrLineEnding(content[3]!)) return null;
  const mark = content[1]!;
  if (mark === 'x' || mark === 'X') return true;
  return isSpaceOrLineEnding(mark) ? false : null;
}

function isSpaceOrLineEnding(char: string): boolean {
  return char === ' ' || char === '\t' || char === '\n';
}
