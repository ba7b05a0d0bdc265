/**
 * The Outline: the parser-neutral model of a Markdown document that every rule reads.
 *
 * Two front-ends build it (remark, the reference, and markdown-it, the fast path); both must give
 * deep-equal Outlines for the same source. Positions are therefore derived from the source text,
 * never from a parser's own notion of columns.
 */

/** A place in the source: 1-based line, 1-based column in UTF-16 code units, 0-based offset. */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

/** A range in the source; `end` is exclusive (the point just after the last character). */
export interface Span {
  start: Point;
  end: Point;
}

export interface Outline {
  /** The source split into lines, without their terminators. */
  lines: string[];
  /** The source's first line break (`\n` when it has none): the one text a fix inserts uses. */
  lineBreak: LineBreak;
  /**
   * YAML frontmatter between `---` fences at the very top, if any; an opening fence that never
   * closes over YAML-looking lines is one too, with only an error (the rest is read as Markdown).
   */
  frontmatter: Frontmatter | null;
  /**
   * Metadata fields in document order: frontmatter keys, then the `**Key:** value` lines (plain,
   * in a blockquote, between `---` rules, or parsed as a setext heading), `- Key: value` list
   * items or the rows of a two-column `Key | Value` table that stand before the first heading of
   * level 2 or deeper.
   */
  metadata: MetadataField[];
  /**
   * The section tree. The root has level 0 and no heading; its body is the content before the
   * first heading, and every heading opens a section that lasts until the next heading of the same
   * or a higher level.
   */
  root: Section;
  /** Every HTML comment of the document (block or inline), in order: inline control reads these. */
  comments: Comment[];
}

export type LineBreak = '\n' | '\r\n' | '\r';

export interface Frontmatter {
  span: Span;
  /** The text between the fences. */
  raw: string;
  /** The parsed mapping, or null when it is not a YAML mapping. */
  data: Record<string, unknown> | null;
  /** One line saying why the YAML does not parse, or null. */
  error: string | null;
}

export type MetadataForm = 'frontmatter' | 'bold' | 'list' | 'table';

export interface MetadataField {
  form: MetadataForm;
  /** The key as written, without bold markers or the colon: `Last Updated`. */
  key: string;
  /**
   * The value as written (trimmed); frontmatter scalars are stringified, lists joined by ", ", and
   * a list item's indented sub-items (its value when its own line has none) joined by ", ".
   */
  value: string;
  /**
   * The whole field line (for frontmatter: the key's line; for a table's header row: the header
   * and delimiter rows).
   */
  span: Span;
  /** The value's extent (sub-items: from the first to the last); an empty span right after the colon when the value is empty. */
  valueSpan: Span;
}

export interface Heading {
  level: number;
  /** The heading's inline source, trimmed, closing `#`s removed; setext lines joined with "\n". */
  raw: string;
  /**
   * Plain text: emphasis and code markers dropped, `[text](url)` and `[text][ref]` reduced to
   * `text`, backslash escapes resolved, whitespace collapsed. `[Not a link]`, `<Name>` and
   * `{name}` are kept as written.
   */
  text: string;
  setext: boolean;
  span: Span;
}

export interface Section {
  /** 0 for the root. */
  level: number;
  heading: Heading | null;
  children: Section[];
  /** The section's own content: from after its heading to its first child heading. */
  body: Body;
  /** From the heading to the end of the section's last content (children included). */
  span: Span;
}

export type BlockKind =
  | 'paragraph'
  | 'list'
  | 'code'
  | 'table'
  | 'blockquote'
  | 'html'
  | 'thematicBreak';

/** A top-level block of a section body, in order (html comments included as kind `html`). */
export interface Block {
  kind: BlockKind;
  span: Span;
}

export interface Body {
  /** The top-level blocks of the body, in source order. */
  blocks: Block[];
  /** Paragraphs directly in the body (not in lists or blockquotes), with their source text. */
  paragraphs: Paragraph[];
  /**
   * Task items anywhere in the body: GFM `- [ ]` / `- [x]` items (nested too), and lines starting
   * `☐`, `☑` or `✅` inside a code block with no language tag or a plain-text one (`text`, `txt`, `plain`, `plaintext`).
   */
  taskItems: TaskItem[];
  /** Tables anywhere in the body (nested in lists or blockquotes too). */
  tables: Table[];
  /** Bold text ending in `:` (inside or just after the bold) at the start of a line of a body paragraph. */
  labels: Label[];
  /** Fenced and indented code blocks anywhere in the body (nested in lists or blockquotes too). */
  codeBlocks: CodeBlock[];
  /** HTML comments that stand as blocks of their own in the body. */
  comments: Comment[];
}

export interface Paragraph {
  /** Source text of the paragraph, lines joined with "\n", each line trimmed. */
  text: string;
  span: Span;
}

export interface TaskItem {
  form: 'gfm' | 'code';
  checked: boolean;
  /** The item's text after the box, first line only, trimmed. */
  text: string;
  span: Span;
}

export interface TableCell {
  /** Cell source, trimmed. */
  text: string;
  span: Span;
}

export interface Table {
  header: TableCell[];
  rows: TableCell[][];
  span: Span;
}

export interface Label {
  /** The label without bold markers and colon: `Verification`. */
  text: string;
  /** What follows the label on its line, trimmed (may be empty). */
  value: string;
  span: Span;
}

export interface CodeBlock {
  fenced: boolean;
  /** First word of the info string, or null when there is none (always null for indented code). */
  lang: string | null;
  /** The code, without fences; lines joined with "\n". */
  value: string;
  span: Span;
}

export interface Comment {
  /** The comment's text between `<!--` and `-->`, trimmed. */
  value: string;
  span: Span;
}
