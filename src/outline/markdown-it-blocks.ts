/**
 * markdown-it's block tokens → block IR. Reads what markdown-it leaves out the way remark reads it:
 * GFM task boxes, and lazy continuation lines that markdown-it takes for indented code.
 */

import MarkdownIt, { type Options } from 'markdown-it';
import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';
import type Token from 'markdown-it/lib/token.mjs';
import type { IrBlock, IrBlockquote, IrCode, IrList, IrListItem, IrParagraph, LineRange } from './ir.js';
import { containerAsText, isTooDeep } from './nesting.js';
import { isBlank } from './source.js';

/**
 * CommonMark with GFM tables and strikethrough. Inline parsing is left to `commentsIn`, for the few
 * inline tokens that may hold an HTML comment: it is half of markdown-it's time, and the block
 * structure is all the Outline needs of it. The `normalize` core rule is done by `normalized`.
 */
/** markdown-it reads `maxNesting`; its types do not declare it. */
const NESTING: Options & { maxNesting: number } = { maxNesting: 100 };

const markdown = new MarkdownIt('commonmark')
  .set(NESTING)
  .enable(['table', 'strikethrough'])
  .disable(['normalize', 'inline', 'text_join']);
const { unescapeAll } = markdown.utils;

/**
 * Where markdown-it reaches `maxNesting` it skips the rest of the input (the commonmark preset's 20
 * is ten nested lists): the lines are read as paragraphs two levels before, where no container can
 * open. The 100 levels (49 nested list items, 98 blockquotes) are well past MAX_CONTAINER_DEPTH,
 * deeper than which the reader takes every container as text anyway, and bound the recursion.
 */
const PARAGRAPHS_FROM_LEVEL = 98;

function paragraphsWhenNestedTooDeep(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (silent || state.level < PARAGRAPHS_FROM_LEVEL) return false;
  // As markdown-it's paragraph rule reads: to a blank line or a line that may interrupt a paragraph.
  const interrupters = state.md.block.ruler.getRules('paragraph');
  let next = startLine + 1;
  for (; next < endLine && !state.isEmpty(next); next++) {
    const indent = state.sCount[next]!;
    if (indent < 0 || indent - state.blkIndent > 3) continue;
    if (interrupters.some((rule) => rule(state, next, endLine, true))) break;
  }
  const open = state.push('paragraph_open', 'p', 1);
  open.map = [startLine, next];
  const inline = state.push('inline', '', 0);
  inline.content = state.getLines(startLine, next, state.blkIndent, false).trim();
  inline.map = [startLine, next];
  inline.children = [];
  state.push('paragraph_close', 'p', -1);
  state.line = next;
  return true;
}
markdown.block.ruler.before('table', 'paragraphs_when_nested_too_deep', paragraphsWhenNestedTooDeep);

/**
 * markdown-it normalizes every link destination (URL parse, punycode, percent-encoding) only for
 * `validateLink` to look at its start; a link reference definition with a destination it refuses
 * is a paragraph. Nothing here reads the normalized destinations, and `validateLink` refuses only
 * `vbscript:`, `javascript:`, `file:` and `data:` ones, which a normalized destination can start
 * with only when the destination holds them (normalizing copies or percent-encodes its characters,
 * and a host goes after `//`): any other destination is valid as it is.
 */
const normalizeLink = markdown.normalizeLink.bind(markdown);
const REFUSABLE_DESTINATION = /(?:script|file|data):/i;
markdown.normalizeLink = (url) => (REFUSABLE_DESTINATION.test(url) ? normalizeLink(url) : url);

const CARRIAGE_RETURNS = /\r\n?/g;
const NULLS = /\0/g;
const COMMENT_OPEN = '<!--';
const WHITESPACE = /\s+/;

/**
 * The blocks of `input`, the document's lines from `firstLine` on.
 * @param lines the document's lines, as markdown-it reads them (frontmatter blanked out).
 */
export function readBlocks(input: string, firstLine: number, lines: readonly string[]): IrBlock[] {
  const env = {};
  return new TokenReader(markdown.parse(normalized(input), env), env, firstLine, lines).blocks(null);
}

/**
 * markdown-it's `normalize` rule (`\r\n` and `\r` to `\n`, NUL to U+FFFD), which copies every
 * document through two regex passes: here only a document with something to replace pays for it.
 */
function normalized(input: string): string {
  const lineFeeds = input.includes('\r') ? input.replace(CARRIAGE_RETURNS, '\n') : input;
  return lineFeeds.includes('\0') ? lineFeeds.replace(NULLS, '\uFFFD') : lineFeeds;
}

class TokenReader {
  private index = 0;
  /** The paragraph that ended last, at any depth: a lazy line may still continue it. */
  private lastParagraph: IrParagraph | null = null;
  /** The lists, list items and blockquotes around `lastParagraph`. */
  private lastParagraphContainers: LineRange[] = [];
  /** The block just read was lazy lines of the last paragraph, read as indented code: it is still open. */
  private lazyContinued = false;
  /** The lists, list items and blockquotes being read, outermost first. */
  private readonly open: LineRange[] = [];
  /** How many of them are blockquotes and list items: the depth MAX_CONTAINER_DEPTH bounds. */
  private depth = 0;

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
    const { start, end } = this.linesOf(token);
    const lazyContinued = this.lazyContinued;
    this.lazyContinued = false;
    switch (token.type) {
      case 'paragraph_open': {
        const inlineComments = this.inlineComments('paragraph_close');
        const lazy = this.lastParagraph;
        if (lazy !== null && lazyContinued && this.isLazyStart(start, lazy)) {
          this.extendLastParagraph(end);
          lazy.inlineComments += inlineComments;
          return null;
        }
        const paragraph: IrParagraph = { kind: 'paragraph', start, end, inlineComments };
        this.lastParagraph = paragraph;
        this.lastParagraphContainers = [...this.open];
        return paragraph;
      }
      case 'heading_open':
        return {
          kind: 'heading',
          start,
          end,
          level: Number(token.tag.slice(1)),
          inlineComments: this.inlineComments('heading_close'),
        };
      case 'table_open':
        return { kind: 'table', start, end, inlineComments: this.inlineComments('table_close') };
      case 'fence':
        return { kind: 'code', start, end, fenced: true, lang: langOf(token.info), value: token.content };
      case 'code_block':
        return this.indentedCode({ kind: 'code', start, end, fenced: false, lang: null, value: token.content });
      case 'html_block':
        return { kind: 'html', start, end };
      case 'hr':
        return { kind: 'thematicBreak', start, end };
      case 'blockquote_open': {
        if (isTooDeep(this.depth)) return this.asText(token, 'blockquote_close');
        const quote: IrBlockquote = { kind: 'blockquote', start, end, children: [] };
        quote.children = this.within(quote, () => this.deeper(() => this.blocks('blockquote_close')));
        return quote;
      }
      case 'bullet_list_open':
      case 'ordered_list_open': {
        const closeType = token.type === 'bullet_list_open' ? 'bullet_list_close' : 'ordered_list_close';
        if (isTooDeep(this.depth)) return this.asText(token, closeType);
        const list: IrList = { kind: 'list', start, end, items: [] };
        list.items = this.within(list, () => this.items(closeType));
        return list;
      }
      default:
        return null;
    }
  }

  /**
   * Indented code cannot interrupt a paragraph: lines right below one are lazy continuation lines
   * (CommonMark, and remark), where markdown-it may open a code block in an outer container. Those
   * lines, up to a blank line, go back to the paragraph; what follows the blank stays code. (Code
   * in a blockquote or list item that opens on its line is no lazy line: the container interrupts.)
   */
  private indentedCode(code: IrCode): IrCode | null {
    const paragraph = this.lastParagraph;
    if (paragraph === null || !this.isLazyStart(code.start, paragraph)) return code;
    let line = code.start;
    while (line <= code.end && !isBlank(this.lines[line]!)) line++;
    this.extendLastParagraph(line - 1);
    while (line <= code.end && isBlank(this.lines[line]!)) line++;
    if (line > code.end) {
      this.lazyContinued = true;
      return null;
    }
    const value = code.value.split('\n').slice(line - code.start).join('\n');
    return { ...code, start: line, value };
  }

  /** A block starting on `line` right below `paragraph`, and in no container opening there. */
  private isLazyStart(line: number, paragraph: IrParagraph): boolean {
    return line === paragraph.end + 1 && !this.open.some((container) => container.start === line);
  }

  /** Lazy lines to `end` go to the last paragraph, and so to the containers it is in. */
  private extendLastParagraph(end: number): void {
    this.lastParagraph!.end = end;
    for (const container of this.lastParagraphContainers) container.end = Math.max(container.end, end);
  }

  private within<T>(container: LineRange, read: () => T): T {
    this.open.push(container);
    const result = read();
    this.open.pop();
    return result;
  }

  private deeper<T>(read: () => T): T {
    this.depth++;
    const result = read();
    this.depth--;
    return result;
  }

  /** A container too deep to read, as text: its tokens, to its closing one, are passed over. */
  private asText(open: Token, closeType: string): IrParagraph {
    while (this.index < this.tokens.length) {
      const token = this.tokens[this.index++]!;
      if (token.type === closeType && token.level === open.level) break;
    }
    return containerAsText(this.linesOf(open), this.lines);
  }

  private items(closeType: string): IrListItem[] {
    const items: IrListItem[] = [];
    while (this.index < this.tokens.length) {
      const token = this.tokens[this.index++]!;
      if (token.type === closeType) break;
      // Between items markdown-it emits nothing else: every token here opens one.
      const checked = this.taskState();
      const { start, end } = this.linesOf(token);
      const item: IrListItem = { kind: 'listItem', start, end, checked, children: [] };
      item.children = this.within(item, () => this.deeper(() => this.blocks('list_item_close')));
      items.push(item);
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
