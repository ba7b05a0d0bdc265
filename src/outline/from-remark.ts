/** The reference front-end: unified + remark-parse + remark-gfm + remark-frontmatter → block IR → Outline. */

import type { Code, ListItem, Nodes, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { assembleOutline } from './build.js';
import { outlineFromMarkdownIt } from './from-markdown-it.js';
import { findFrontmatter } from './frontmatter.js';
import type { IrBlock, IrDocument, IrListItem, LineRange } from './ir.js';
import { containerAsText, isTooDeep } from './nesting.js';
import { isBlank, readSource } from './source.js';
import type { SourceText } from './source.js';
import type { Outline } from './types.js';

const processor = unified().use(remarkParse).use(remarkGfm).freeze();
/**
 * Used only for a document that has frontmatter: after a first line `---` that never closes,
 * remark-frontmatter 5 leaves micromark reading every later list as a paragraph.
 */
const frontmatterProcessor = processor().use(remarkFrontmatter, ['yaml']).freeze();

/** A line that opens an ordered list item: `2. text`. */
const ORDERED_LIST_ITEM = /^ {0,3}\d{1,9}[.)](?:[ \t]|$)/;
const SPACE = 0x20;
const TAB = 0x09;

export function outlineFromRemark(source: string): Outline {
  const text = readSource(source);
  let document: IrDocument;
  try {
    document = readDocument(text, 0, findFrontmatter(text.lines) !== null);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    // micromark recurses once per nested container and runs out of stack near 10,000 of them (one
    // line of `>`): the markdown-it reader, whose depth is bounded, reads such a document instead.
    return outlineFromMarkdownIt(source);
  }
  return assembleOutline(text, document);
}

/** Where `tree` was parsed from: its line 1 is `line` of the document, its offset 0 is `offset`. */
interface Origin {
  text: SourceText;
  line: number;
  offset: number;
}

/** Parses the document from `firstLine` on. */
function readDocument(text: SourceText, firstLine: number, hasFrontmatter: boolean): IrDocument {
  const offset = text.lineStarts[firstLine]!;
  const tree = hasFrontmatter ? frontmatterProcessor.parse(text.text) : processor.parse(text.text.slice(offset));
  const origin: Origin = { text, line: firstLine, offset };
  let frontmatter: LineRange | null = null;
  const blocks: IrBlock[] = [];
  let previous: RootContent | undefined;
  for (const node of tree.children) {
    if (isListAfterIndentedCode(node, previous, origin)) {
      // micromark/micromark#228: after indented code, an ordered list that does not start at 1 is
      // read as a paragraph. Parsed from its own line, it is the list CommonMark says it is.
      blocks.push(...readDocument(text, linesOf(node, origin).start, false).blocks);
      break;
    }
    if (node.type === 'yaml') frontmatter = linesOf(node, origin);
    else blocks.push(...blockOf(node, origin, 0, previous));
    previous = node;
  }
  return { frontmatter, blocks: mergeIndentedCode(blocks, text) };
}

function isListAfterIndentedCode(node: RootContent, previous: RootContent | undefined, origin: Origin): boolean {
  // The paragraph may have become a setext heading's text.
  const misread = node.type === 'paragraph' || node.type === 'heading';
  if (!misread || previous?.type !== 'code' || isFenced(previous, origin)) return false;
  return ORDERED_LIST_ITEM.test(origin.text.lines[linesOf(node, origin).start]!);
}

/**
 * The node, inside `depth` containers, as an IR block; definitions (link references, footnotes)
 * are none.
 */
function blockOf(node: RootContent, origin: Origin, depth: number, previous?: RootContent): IrBlock[] {
  switch (node.type) {
    case 'paragraph':
    case 'table':
      return [{ kind: node.type, ...linesOf(node, origin), inlineComments: countComments(node) }];
    case 'heading': {
      const lines = linesOf(node, origin);
      // A setext heading's node also covers the link reference definitions that open its paragraph.
      if (previous?.type === 'definition') lines.start = Math.max(lines.start, linesOf(previous, origin).end + 1);
      return [{ kind: 'heading', ...lines, level: node.depth, inlineComments: countComments(node) }];
    }
    case 'code': {
      const fenced = isFenced(node, origin);
      return [{ kind: 'code', ...linesOf(node, origin), fenced, lang: node.lang ?? null, value: node.value }];
    }
    case 'html':
    case 'thematicBreak':
      return [{ kind: node.type, ...linesOf(node, origin) }];
    case 'blockquote':
      if (isTooDeep(depth)) return [containerAsText(linesOf(node, origin), origin.text.lines)];
      return [{ kind: 'blockquote', ...linesOf(node, origin), children: childBlocks(node.children, origin, depth + 1) }];
    case 'list':
      if (isTooDeep(depth)) return [containerAsText(linesOf(node, origin), origin.text.lines)];
      return [{ kind: 'list', ...linesOf(node, origin), items: node.children.map((item) => itemOf(item, origin, depth + 1)) }];
    default:
      return [];
  }
}

function childBlocks(nodes: readonly RootContent[], origin: Origin, depth: number): IrBlock[] {
  return mergeIndentedCode(nodes.flatMap((node, index) => blockOf(node, origin, depth, nodes[index - 1])), origin.text);
}

/**
 * Indented code blocks never stand side by side in CommonMark (blank lines between indented lines
 * belong to the block), but micromark splits one into a block per line after a lazy line.
 */
function mergeIndentedCode(blocks: IrBlock[], text: SourceText): IrBlock[] {
  const merged: IrBlock[] = [];
  for (const block of blocks) {
    const last = merged[merged.length - 1];
    if (
      block.kind === 'code' &&
      !block.fenced &&
      last?.kind === 'code' &&
      !last.fenced &&
      text.lines.slice(last.end + 1, block.start).every(isBlank)
    ) {
      const value = last.value + '\n'.repeat(block.start - last.end) + block.value;
      merged[merged.length - 1] = { ...last, end: block.end, value };
    } else {
      merged.push(block);
    }
  }
  return merged;
}

function itemOf(item: ListItem, origin: Origin, depth: number): IrListItem {
  return {
    kind: 'listItem',
    ...linesOf(item, origin),
    checked: item.checked ?? null,
    children: childBlocks(item.children, origin, depth),
  };
}

/** The node's lines; a node that ends at column 1 (an unclosed fence in a container) ends on the line before. */
function linesOf(node: Nodes, origin: Origin): LineRange {
  const start = node.position?.start.line ?? 1;
  const end = node.position?.end ?? { line: 1, column: 1 };
  const endLine = end.column === 1 && end.line > start ? end.line - 1 : end.line;
  return { start: origin.line + start - 1, end: origin.line + endLine - 1 };
}

/** An indented code block's node starts on its indentation, a fenced one on its fence. */
function isFenced(node: Code, origin: Origin): boolean {
  const first = origin.text.text.charCodeAt(origin.offset + (node.position?.start.offset ?? 0));
  return first !== SPACE && first !== TAB;
}

/** Inline HTML comments anywhere inside the node. */
function countComments(node: Nodes): number {
  let count = 0;
  visit(node, 'html', (html) => {
    if (html.value.startsWith('<!--')) count += 1;
  });
  return count;
}
