/**
 * The shared builder: block IR + source lines → Outline. Pure; every text and position comes from
 * the source lines, so the remark and markdown-it front-ends agree by construction.
 */

import type { BodyBlock } from './body.js';
import { buildBody } from './body.js';
import { commentsIn } from './comments.js';
import { readFrontmatter, unclosedFrontmatter } from './frontmatter.js';
import { headingOf } from './headings.js';
import type { IrBlock, IrDocument, IrHeading } from './ir.js';
import { bodyMetadata } from './metadata.js';
import { resolveBoldKeySetext } from './setext-metadata.js';
import { firstLineBreak, isBlank, pointAt, trimmedEnd } from './source.js';
import type { SourceText } from './source.js';
import type { Comment, Outline, Section, Span } from './types.js';

/** A section before its body is read: its top-level blocks and where it ends. */
interface SectionDraft {
  level: number;
  heading: IrHeading | null;
  blocks: BodyBlock[];
  children: SectionDraft[];
  /** The line before the heading that closes the section, or the document's last line. */
  lastLine: number;
}

const NO_COMMENTS: readonly Comment[] = [];
const COMMENT_OPEN = '<!--';

export function assembleOutline(source: SourceText, document: IrDocument): Outline {
  const blocks = resolveBoldKeySetext(source, document.blocks, []);
  const commentsByBlock = blockComments(source, blocks);
  const commentsOf = (block: IrBlock): readonly Comment[] => commentsByBlock.get(block) ?? NO_COMMENTS;

  const draft = draftSections(blocks, source.lines.length - 1);
  const front = document.frontmatter === null ? null : readFrontmatter(source, document.frontmatter);
  const unclosed = front === null ? unclosedFrontmatter(source) : null;
  const title = draft.children[0]?.level === 1 ? draft.children[0] : undefined;
  const metadataRegion = title === undefined ? draft.blocks : [...draft.blocks, ...title.blocks];
  return {
    lines: source.lines,
    lineBreak: firstLineBreak(source.text),
    frontmatter: front?.frontmatter ?? unclosed,
    metadata: [...(front?.fields ?? []), ...bodyMetadata(source, metadataRegion)],
    root: toSection(source, draft, commentsOf),
    comments: [...commentsByBlock.values()].flat(),
  };
}

/** The comments of the top-level blocks that hold any, in document order. */
function blockComments(source: SourceText, blocks: readonly IrBlock[]): Map<IrBlock, Comment[]> {
  const found = new Map<IrBlock, Comment[]>();
  // Many documents hold none.
  if (!source.text.includes(COMMENT_OPEN)) return found;
  for (const block of blocks) {
    const comments = commentsIn(source, block, []);
    if (comments.length > 0) found.set(block, comments);
  }
  return found;
}

/** Every heading opens a section that lasts until the next heading of the same or a higher level. */
function draftSections(blocks: readonly IrBlock[], lastLine: number): SectionDraft {
  const root: SectionDraft = { level: 0, heading: null, blocks: [], children: [], lastLine };
  const open = [root];
  for (const block of blocks) {
    if (block.kind !== 'heading') {
      open[open.length - 1]!.blocks.push(block);
      continue;
    }
    while (open.length > 1 && open[open.length - 1]!.level >= block.level) open.pop()!.lastLine = block.start - 1;
    const section: SectionDraft = { level: block.level, heading: block, blocks: [], children: [], lastLine };
    open[open.length - 1]!.children.push(section);
    open.push(section);
  }
  return root;
}

function toSection(
  source: SourceText,
  draft: SectionDraft,
  commentsOf: (block: IrBlock) => readonly Comment[],
): Section {
  const heading = draft.heading === null ? null : headingOf(source, draft.heading);
  return {
    level: draft.level,
    heading,
    children: draft.children.map((child) => toSection(source, child, commentsOf)),
    body: buildBody(source, draft.blocks, commentsOf),
    span: sectionSpan(source, draft, heading?.span.start ?? pointAt(source, 0, 0)),
  };
}

/** From the heading (or the document's start) to the end of the section's last non-blank line. */
function sectionSpan(source: SourceText, draft: SectionDraft, start: Span['start']): Span {
  const firstLine = start.line - 1;
  let line = draft.lastLine;
  while (line > firstLine && isBlank(source.lines[line]!)) line--;
  return { start, end: pointAt(source, line, trimmedEnd(source.lines[line]!)) };
}
