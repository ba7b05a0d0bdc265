/**
 * Pass 1, read: Outline → TemplateDoc. The template as nodes in document order — the title, the
 * metadata fields, the headings with their body's task items, labels and code blocks — each text
 * scanned for placeholders once and each comment attached once; and every source line scanned once
 * for the placeholder list.
 */
import { holdsChecklistLines } from '../../outline/body.js';
import type { MetadataField, Outline, Section } from '../../outline/types.js';
import { CommentIndex } from '../comments.js';
import { TemplateError } from '../errors.js';
import type { FieldNode, HeadingNode, LeadParagraph, LineScan, TemplateDoc, TemplateNode, TitleNode } from '../ir.js';
import { parseNumbered } from '../numbered.js';
import {
  findPlaceholders,
  normalizeLinkLabel,
  scanInline,
  textOutside,
  type ScanOptions,
} from '../placeholders.js';
import { OPTIONALITY_MARKER } from '../text.js';
import { withoutComments } from '../values.js';

export function read(outline: Outline, name: string): TemplateDoc {
  const top = outline.root.children;
  if (top.length === 0) throw new TemplateError(`template "${name}" has no headings`);
  const lines = lineSets(outline);
  const { headingLines, linkLabels } = lines;
  const reader = new NodeReader(outline, new CommentIndex(outline), headingLines, {
    heading: { digitIds: true, fileNames: true, linkLabels },
    body: { linkLabels },
  });
  const titleSection = titleOf(top);
  const title = titleSection ? reader.title(titleSection) : null;
  const fields = reader.fields();
  const sections = titleSection
    ? top.flatMap((section) => (section === titleSection ? section.children : [section]))
    : top;
  const topIds = sections.flatMap((section) => (section.heading ? [reader.heading(section, null)] : []));
  return {
    name,
    outline,
    nodes: reader.nodes,
    title,
    top: topIds,
    fields,
    bodyScan: { linkLabels },
    lineScans: scanLines(outline, lines),
  };
}

/** Which lines are code and headings, and the labels of the link reference definitions. */
interface LineSets {
  codeLines: ReadonlySet<number>;
  headingLines: ReadonlySet<number>;
  linkLabels: ReadonlySet<string>;
}

function lineSets(outline: Outline): LineSets {
  const codeLines = codeLineSet(outline);
  return { codeLines, headingLines: headingLineSet(outline), linkLabels: linkDefinitionLabels(outline.lines, codeLines) };
}

/**
 * The template's title: its one H1. A template whose top-level headings are several H1s has no
 * title: its H1s are sections (DESIGN §2b.9; the React RFC template is `# Summary`, `# Motivation` …).
 */
function titleOf(top: readonly Section[]): Section | undefined {
  const h1s = top.filter((section) => section.level === 1 && section.heading !== null);
  return h1s.length === 1 ? h1s[0] : undefined;
}

class NodeReader {
  readonly nodes: TemplateNode[] = [];

  constructor(
    private readonly outline: Outline,
    private readonly comments: CommentIndex,
    private readonly headingLines: ReadonlySet<number>,
    private readonly scan: { heading: ScanOptions; body: ScanOptions },
  ) {}

  title(section: Section): TitleNode {
    const heading = section.heading!;
    return this.add({
      kind: 'title',
      id: this.nodes.length,
      heading,
      placeholders: findPlaceholders(heading.text, this.scan.heading),
      commentsAfter: this.comments.after(heading.span.end.line),
    });
  }

  /** Adds the section's heading node, its body's nodes and its children's; returns its id. */
  heading(section: Section, parent: number | null): number {
    const heading = section.heading!;
    const marker = OPTIONALITY_MARKER.exec(heading.text);
    const name = marker ? heading.text.slice(0, marker.index) : heading.text;
    const placeholders = findPlaceholders(name, this.scan.heading);
    const numbered = parseNumbered(name);
    const restStart = numbered ? name.trim().length - numbered.rest.length + leadingSpace(name) : 0;
    const node: HeadingNode = this.add({
      kind: 'heading',
      id: this.nodes.length,
      section,
      heading,
      name,
      marker: marker ? marker[0].trim() : null,
      parent,
      children: [],
      body: [],
      placeholders,
      placeholderOnly: placeholders.length > 0 && !/[\p{L}\p{N}]/u.test(textOutside(name, placeholders)),
      numbered,
      numberedHasPlaceholder: numbered !== null && placeholders.some((placeholder) => placeholder.start >= restStart),
      commentsAfter: this.comments.after(heading.span.end.line),
      commentBefore: this.comments.before(heading.span.start.line, this.headingLines),
      lead: this.lead(section),
    });
    this.bodyNodes(node);
    for (const child of section.children) {
      if (child.heading) node.children.push(this.heading(child, node.id));
    }
    return node.id;
  }

  fields(): FieldNode[] {
    return [...this.frontmatterFields(), ...this.bodyFields()];
  }

  private add<T extends TemplateNode>(node: T): T {
    this.nodes.push(node);
    return node;
  }

  private bodyNodes(owner: HeadingNode): void {
    const { body } = owner.section;
    const scan = this.scan.body;
    for (const item of body.taskItems) {
      owner.body.push(
        this.add({ kind: 'taskItem', id: this.nodes.length, owner: owner.id, item, hasPlaceholder: findPlaceholders(item.text, scan).length > 0 }).id,
      );
    }
    for (const label of body.labels) {
      const value = labelValue(label.value, this.outline.lines[label.span.start.line] ?? '');
      owner.body.push(
        this.add({
          kind: 'label',
          id: this.nodes.length,
          owner: owner.id,
          label,
          hasPlaceholder: findPlaceholders(label.text, scan).length > 0,
          numbered: parseNumbered(label.text),
          value,
          valuePlaceholders: findPlaceholders(value, scan),
        }).id,
      );
    }
    for (const block of body.codeBlocks) {
      const content = block.value.trim();
      const placeholders = findPlaceholders(content, { code: true });
      const only = placeholders.length === 1 && placeholders[0].start === 0 && placeholders[0].end === content.length;
      owner.body.push(
        this.add({
          kind: 'code',
          id: this.nodes.length,
          owner: owner.id,
          block,
          onlyPlaceholder: only ? placeholders[0] : null,
          checklist: isChecklistBlock(block.lang, block.value),
        }).id,
      );
    }
  }

  /**
   * The body's first content block when it is a paragraph (comments and rules do not count), and
   * whether it is the body's only content.
   */
  private lead(section: Section): LeadParagraph | null {
    const content = section.body.blocks.filter((block) => block.kind !== 'html' && block.kind !== 'thematicBreak');
    const first = content[0];
    if (first === undefined || first.kind !== 'paragraph') return null;
    const start = first.span.start.offset;
    const paragraph = section.body.paragraphs.find((candidate) => candidate.span.start.offset === start);
    if (paragraph === undefined) return null;
    const placeholders = findPlaceholders(paragraph.text, this.scan.body);
    return {
      text: paragraph.text,
      line: paragraph.span.start.line,
      placeholders,
      onlyPlaceholders: placeholders.length > 0 && !/[\p{L}\p{N}]/u.test(textOutside(paragraph.text, placeholders)),
      alone: content.length === 1,
    };
  }

  /**
   * Template frontmatter is read line by line: its values are placeholders (`{YYYY-MM-DD when …}`,
   * `"{proposed | … | superseded by ADR-0123"`) that YAML reads as mappings or refuses. A key's
   * trailing `# comment` is kept apart from its value, and the `- item` lines under a key with no
   * value of its own are its samples.
   */
  private frontmatterFields(): FieldNode[] {
    const frontmatter = this.outline.frontmatter;
    if (frontmatter === null) return [];
    const firstLine = frontmatter.span.start.line + 1;
    const fields: FieldNode[] = [];
    const yamlComments: string[] = [];
    let open: FieldNode | null = null;
    frontmatter.raw.split(/\r?\n/u).forEach((line, index) => {
      if (/^\s*#/u.test(line)) {
        yamlComments.push(line);
        return;
      }
      const item = /^\s*-\s+(.*)$/u.exec(line);
      if (item && open !== null && open.value === '') {
        (open.items ??= []).push(unquote(splitYamlComment(item[1]).value));
        return;
      }
      // Keys of any script, with the punctuation keys carry (`author(s)`).
      const match = /^([\p{L}\p{N}_][\p{L}\p{N}_ .()'’&+#/-]*?)\s*:(?:\s+(.*))?$/u.exec(line);
      if (!match) return;
      const { value, comment } = splitYamlComment(match[2] ?? '');
      open = this.add({
        kind: 'field',
        id: this.nodes.length,
        form: 'frontmatter',
        key: match[1],
        value: unquote(value),
        line: firstLine + index,
        commentsAfter: [],
        yamlComments: [...yamlComments],
        trailingComment: comment,
        items: null,
      });
      fields.push(open);
    });
    // Comments right after the closing "---" speak about the block, as those after a body block's last line do.
    const last = fields[fields.length - 1];
    if (last !== undefined) last.commentsAfter = this.comments.after(frontmatter.span.end.line);
    return fields;
  }

  private bodyFields(): FieldNode[] {
    return this.outline.metadata
      .filter((field) => field.form !== 'frontmatter')
      .map((field) =>
        this.add({
          kind: 'field',
          id: this.nodes.length,
          form: formOf(this.outline, field),
          key: field.key,
          value: withoutComments(field.value).trim(),
          line: field.span.start.line,
          commentsAfter: this.comments.after(field.span.end.line),
          yamlComments: [],
          trailingComment: null,
          items: null,
        }),
      );
  }
}

function leadingSpace(text: string): number {
  return text.length - text.trimStart().length;
}

function formOf(outline: Outline, field: MetadataField): FieldNode['form'] {
  if (field.form === 'list' || field.form === 'table') return field.form;
  return /^\s*>/u.test(outline.lines[field.span.start.line - 1]) ? 'blockquote' : 'bold';
}

/** A YAML value and its trailing comment (never part of the value, nor of what `--fix` writes). */
function splitYamlComment(text: string): { value: string; comment: string | null } {
  const at = yamlCommentStart(text);
  return at === -1 ? { value: text.trim(), comment: null } : { value: text.slice(0, at).trim(), comment: text.slice(at + 1).trim() };
}

/**
 * Where a YAML line's comment starts: a `#` at the start or after white space, outside a quoted
 * scalar (a quote opens one only where a scalar can start, so `today's` opens none); -1 when none.
 */
function yamlCommentStart(line: string): number {
  let quote: string | null = null;
  for (let at = 0; at < line.length; at += 1) {
    const char = line[at];
    const before = at === 0 ? ' ' : line[at - 1];
    if (quote !== null) {
      if (char === quote) quote = null;
    } else if ((char === '"' || char === "'") && /[\s:,[{-]/u.test(before)) {
      quote = char;
    } else if (char === '#' && /\s/u.test(before)) {
      return at;
    }
  }
  return -1;
}

function unquote(value: string): string {
  const quote = value[0];
  if (quote !== '"' && quote !== "'") return value;
  return value.length > 1 && value.endsWith(quote) ? value.slice(1, -1) : value.slice(1);
}

/**
 * What a label introduces: the rest of its line, or, when that is empty, the next line of the
 * paragraph (`**Benchmarks:**` then `[If applicable, include benchmark results]`).
 */
function labelValue(rest: string, nextLine: string): string {
  if (rest !== '') return rest;
  return /^\s*(?:\*\*|[-*+]\s|\d+[.)]\s|#|```|~~~|>|\|)/u.test(nextLine) ? '' : nextLine.trim();
}

const TASK_LINE = /^\s*[☐☑✅]/u;

/** A checklist written as `☐` lines in an untagged or plain-text block. */
function isChecklistBlock(lang: string | null, value: string): boolean {
  if (!holdsChecklistLines(lang)) return false;
  const lines = value.split('\n').filter((line) => line.trim() !== '');
  return lines.length > 0 && lines.every((line) => TASK_LINE.test(line));
}

/** Every section of the tree below the root, in document order. */
function allSections(outline: Outline): Section[] {
  const sections: Section[] = [];
  const visit = (section: Section): void => {
    for (const child of section.children) {
      sections.push(child);
      visit(child);
    }
  };
  visit(outline.root);
  return sections;
}

function headingLineSet(outline: Outline): Set<number> {
  const lines = new Set<number>();
  for (const section of allSections(outline)) {
    const span = section.heading?.span;
    for (let line = span?.start.line ?? 0; span && line <= span.end.line; line += 1) lines.add(line);
  }
  return lines;
}

const FENCE = /^\s*(?:[>*+-]\s*|\d+[.)]\s*)*(?:```|~~~)/u;

/** 1-based lines inside code blocks (fence lines excluded). */
function codeLineSet(outline: Outline): Set<number> {
  const lines = new Set<number>();
  for (const section of [outline.root, ...allSections(outline)]) {
    for (const block of section.body.codeBlocks) {
      const { start, end } = block.span;
      const first = block.fenced ? start.line + 1 : start.line;
      const closed = block.fenced && end.line > start.line && FENCE.test(outline.lines[end.line - 1]);
      const last = closed ? end.line - 1 : end.line;
      for (let line = first; line <= last; line += 1) lines.add(line);
    }
  }
  return lines;
}

const LINK_DEFINITION = /^ {0,3}\[((?:[^\]\\]|\\.)+)\]:\s*\S/u;

/** The labels of the template's link reference definitions (`[kubernetes.io]: https://…`). */
function linkDefinitionLabels(lines: readonly string[], codeLines: ReadonlySet<number>): Set<string> {
  const labels = new Set<string>();
  lines.forEach((line, index) => {
    const match = codeLines.has(index + 1) ? null : LINK_DEFINITION.exec(line);
    if (match) labels.add(normalizeLinkLabel(match[1]));
  });
  return labels;
}

/**
 * Every line's placeholders and links, comments masked out: not the frontmatter's fences and YAML
 * comments, nor link reference definitions. Headings scan ids with digits too.
 */
export function scanLines(
  outline: Outline,
  { codeLines, headingLines, linkLabels }: LineSets = lineSets(outline),
): LineScan[] {
  const frontmatter = outline.frontmatter?.span;
  const scans: LineScan[] = [];
  maskComments(outline).forEach((lineText, index) => {
    let text = lineText;
    const line = index + 1;
    const inFrontmatter = frontmatter !== undefined && line >= frontmatter.start.line && line <= frontmatter.end.line;
    if (inFrontmatter && (line === frontmatter.start.line || line === frontmatter.end.line || /^\s*#/u.test(text))) return;
    const yamlComment = inFrontmatter ? yamlCommentStart(text) : -1;
    if (yamlComment !== -1) text = text.slice(0, yamlComment);
    const code = codeLines.has(line);
    if (!code && LINK_DEFINITION.test(text)) return;
    scans.push({ line, code, scan: scanInline(text, { code, digitIds: headingLines.has(line), linkLabels }) });
  });
  return scans;
}

/** The template's lines with every HTML comment blanked out (same lengths, so columns hold). */
function maskComments(outline: Outline): string[] {
  const lines = [...outline.lines];
  for (const comment of outline.comments) {
    const { start, end } = comment.span;
    for (let line = start.line; line <= end.line; line += 1) {
      const text = lines[line - 1];
      const from = line === start.line ? start.column - 1 : 0;
      const to = line === end.line ? end.column - 1 : text.length;
      lines[line - 1] = text.slice(0, from) + ' '.repeat(Math.max(0, to - from)) + text.slice(to);
    }
  }
  return lines;
}
