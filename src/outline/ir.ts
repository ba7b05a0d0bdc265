/**
 * The block IR: what each front-end reads off its parser, and all it reads. A small tree of block
 * kinds and line ranges; the shared builder (build.ts) derives every text and position of the
 * Outline from it and the source lines, so the two front-ends agree by construction.
 *
 * Line numbers are 0-based indices into `SourceText.lines`, both ends inclusive. Link reference
 * and footnote definitions are left out: they are not content any rule reads.
 */

export interface LineRange {
  start: number;
  end: number;
}

export interface IrParagraph extends LineRange {
  kind: 'paragraph';
  /** How many inline HTML comments the parser found in it. */
  inlineComments: number;
}

export interface IrHeading extends LineRange {
  kind: 'heading';
  level: number;
  inlineComments: number;
}

export interface IrTable extends LineRange {
  kind: 'table';
  inlineComments: number;
}

export interface IrCode extends LineRange {
  kind: 'code';
  fenced: boolean;
  /** First word of the info string, escapes and character references resolved; null when none. */
  lang: string | null;
  /** The code as the parser read it (container prefixes and indentation removed). */
  value: string;
}

export interface IrHtml extends LineRange {
  kind: 'html';
}

export interface IrThematicBreak extends LineRange {
  kind: 'thematicBreak';
}

export interface IrBlockquote extends LineRange {
  kind: 'blockquote';
  children: IrBlock[];
}

export interface IrList extends LineRange {
  kind: 'list';
  items: IrListItem[];
}

/** A list item; `start` is the line of its marker. */
export interface IrListItem extends LineRange {
  kind: 'listItem';
  /** GFM task state: true `[x]`, false `[ ]`, null for a plain item. */
  checked: boolean | null;
  children: IrBlock[];
}

export type IrBlock =
  | IrParagraph
  | IrHeading
  | IrTable
  | IrCode
  | IrHtml
  | IrThematicBreak
  | IrBlockquote
  | IrList;

/** A container a nested block sits in, outermost first: what prefixes its lines. */
export type IrContainer = IrBlockquote | IrListItem;

export interface IrDocument {
  /** The YAML frontmatter's lines, fences included. */
  frontmatter: LineRange | null;
  blocks: IrBlock[];
}
