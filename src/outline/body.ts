/** A section body from its top-level IR blocks: blocks, paragraphs, labels, and what is nested. */

import { contentStart } from './containers.js';
import type { IrBlock, IrCode, IrContainer, IrListItem, IrParagraph } from './ir.js';
import { readBoldKey } from './key-lines.js';
import { blockSpan, columnSpan, restOfLineSpan } from './spans.js';
import { pointAt, trimmedEnd } from './source.js';
import type { SourceText } from './source.js';
import { readTable } from './tables.js';
import type { Block, BlockKind, Body, CodeBlock, Comment, Label, Paragraph, TaskItem } from './types.js';

/** A top-level block of a body: headings open sections instead. */
export type BodyBlock = Exclude<IrBlock, { kind: 'heading' }>;

const TASK_BOX_LENGTH = '[ ]'.length;
/**
 * The language tags of a code block that is plain text: a checklist may stand in it as in an
 * untagged one (markdownlint's MD040 asks authors to tag every fence, so they write ```` ```text ````).
 */
const PLAIN_TEXT_TAGS: ReadonlySet<string> = new Set(['text', 'txt', 'plain', 'plaintext']);

/** A code block whose `☐` lines are task items: untagged, or tagged as plain text (any case). */
export function holdsChecklistLines(lang: string | null): boolean {
  return lang === null || PLAIN_TEXT_TAGS.has(lang.toLowerCase());
}

/** Checklist symbols that start a task line in an untagged or plain-text code block, and whether they mean done. */
const CODE_TASK_SYMBOLS: ReadonlyMap<string, boolean> = new Map([
  ['☐', false],
  ['☑', true],
  ['✅', true],
]);
const LINE_ENDING = /\r\n?/g;

/**
 * @param commentsOf the comments of a top-level block, found once for the whole document.
 */
export function buildBody(
  source: SourceText,
  blocks: readonly BodyBlock[],
  commentsOf: (block: IrBlock) => readonly Comment[],
): Body {
  const body: Body = {
    blocks: [],
    paragraphs: [],
    taskItems: [],
    tables: [],
    labels: [],
    codeBlocks: [],
    comments: [],
  };
  for (const block of blocks) {
    body.blocks.push(blockOf(source, block));
    if (block.kind === 'paragraph') {
      body.paragraphs.push(paragraphOf(source, block));
      body.labels.push(...labelsOf(source, block));
    } else if (block.kind === 'html') {
      body.comments.push(...commentsOf(block));
    }
    collectNested(source, block, [], body);
  }
  return body;
}

function blockOf(source: SourceText, block: BodyBlock): Block {
  const kind: BlockKind = block.kind;
  return { kind, span: blockSpan(source, block, []) };
}

function paragraphOf(source: SourceText, paragraph: IrParagraph): Paragraph {
  const lines = source.lines.slice(paragraph.start, paragraph.end + 1).map((line) => line.trim());
  return { text: lines.join('\n'), span: blockSpan(source, paragraph, []) };
}

function labelsOf(source: SourceText, paragraph: IrParagraph): Label[] {
  const labels: Label[] = [];
  for (let line = paragraph.start; line <= paragraph.end; line++) {
    const text = source.lines[line]!;
    const label = readBoldKey(text, contentStart(text, line, []));
    if (label !== null) {
      labels.push({ text: label.key, value: label.value, span: restOfLineSpan(source, line, label.start) });
    }
  }
  return labels;
}

/** Task items, tables and code blocks at any depth, in document order. */
function collectNested(source: SourceText, block: IrBlock, chain: readonly IrContainer[], body: Body): void {
  switch (block.kind) {
    case 'list':
      for (const item of block.items) {
        if (item.checked !== null) body.taskItems.push(gfmTaskItem(source, item, item.checked, chain));
        const inner = [...chain, item];
        for (const child of item.children) collectNested(source, child, inner, body);
      }
      return;
    case 'blockquote': {
      const inner = [...chain, block];
      for (const child of block.children) collectNested(source, child, inner, body);
      return;
    }
    case 'code': {
      const code = codeBlockOf(source, block, chain);
      body.codeBlocks.push(code);
      if (holdsChecklistLines(code.lang)) body.taskItems.push(...codeTaskItems(source, block, code.value));
      return;
    }
    case 'table':
      body.tables.push(readTable(source, block, chain));
      return;
    default:
      return;
  }
}

/** Text after the box on the item's first line; span from the list marker to the end of that line. */
function gfmTaskItem(source: SourceText, item: IrListItem, checked: boolean, chain: readonly IrContainer[]): TaskItem {
  const marker = contentStart(source.lines[item.start]!, item.start, chain);
  const boxLine = item.children[0]?.start ?? item.start;
  const text = source.lines[boxLine]!;
  const box = contentStart(text, boxLine, [...chain, item]);
  return {
    form: 'gfm',
    checked,
    text: text.slice(box + TASK_BOX_LENGTH).trim(),
    span: { start: pointAt(source, item.start, marker), end: pointAt(source, boxLine, trimmedEnd(text)) },
  };
}

function codeBlockOf(source: SourceText, code: IrCode, chain: readonly IrContainer[]): CodeBlock {
  return {
    fenced: code.fenced,
    lang: code.lang,
    // Parsers differ on the line breaks and blank lines that end a block, never on what matters.
    value: code.value.replace(LINE_ENDING, '\n').trimEnd(),
    span: blockSpan(source, code, chain),
  };
}

/** Lines of an untagged or plain-text code block that start with a checklist symbol. */
function codeTaskItems(source: SourceText, code: IrCode, value: string): TaskItem[] {
  const items: TaskItem[] = [];
  const firstLine = code.start + (code.fenced ? 1 : 0);
  value.split('\n').forEach((codeLine, index) => {
    const content = codeLine.trim();
    const checked = CODE_TASK_SYMBOLS.get(content.charAt(0));
    const line = firstLine + index;
    if (checked === undefined || line > code.end) return;
    // The trimmed code line ends the source line: only container markers and indentation precede it.
    const end = trimmedEnd(source.lines[line]!);
    items.push({
      form: 'code',
      checked,
      text: content.slice(1).trim(),
      span: columnSpan(source, line, Math.max(0, end - content.length), end),
    });
  });
  return items;
}
