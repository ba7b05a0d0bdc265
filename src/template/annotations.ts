/**
 * HTML comments that speak about a heading or a metadata line: the `<!-- guidelint: … -->`
 * annotations standing right after it (DESIGN §2, Annotations), and comments saying "optional"
 * at a section's start or standing right before its heading (MADR's
 * `<!-- This is an optional element. Feel free to remove. -->`).
 */
import type { Comment, Outline } from '../outline/types.js';
import { saysOptional } from './fields.js';
import { TemplateError } from './errors.js';

export interface Annotations {
  optional: boolean;
  /** `repeat MIN..MAX` (MAX null: unbounded). */
  repeat: { min: number; max: number | null } | null;
  anyHeading: boolean;
  closed: boolean;
}

export function noAnnotations(): Annotations {
  return { optional: false, repeat: null, anyHeading: false, closed: false };
}

const ANNOTATION = /^guidelint\s*:\s*(.*)$/isu;
const REPEAT = /^repeat\s+(\d+)(?:\s*(\.\.)\s*(\d+)?)?$/iu;

/**
 * The annotations of the given comments (others are ignored). Throws a TemplateError naming the
 * template and line for a directive it does not know.
 */
export function readAnnotations(comments: readonly Comment[], templateName: string): Annotations {
  const annotations = noAnnotations();
  for (const comment of comments) {
    const match = ANNOTATION.exec(comment.value);
    if (!match) continue;
    for (const directive of match[1].split(',').map((part) => part.trim())) {
      applyDirective(annotations, directive, comment, templateName);
    }
  }
  return annotations;
}

function applyDirective(annotations: Annotations, directive: string, comment: Comment, templateName: string): void {
  const repeat = REPEAT.exec(directive);
  if (repeat) {
    const min = Number(repeat[1]);
    const max = repeat[2] === undefined ? min : repeat[3] === undefined ? null : Number(repeat[3]);
    if (max !== null && max < min) throw unknownDirective(directive, comment, templateName);
    annotations.repeat = { min, max };
  } else if (/^optional$/iu.test(directive)) {
    annotations.optional = true;
  } else if (/^any-heading$/iu.test(directive)) {
    annotations.anyHeading = true;
  } else if (/^closed$/iu.test(directive)) {
    annotations.closed = true;
  } else {
    throw unknownDirective(directive, comment, templateName);
  }
}

function unknownDirective(directive: string, comment: Comment, templateName: string): TemplateError {
  return new TemplateError(
    `template "${templateName}" line ${comment.span.start.line}: unknown annotation "guidelint: ${directive}" ` +
      '(expected optional, repeat MIN.., repeat MIN..MAX, any-heading or closed)',
  );
}

/** A comment that says what it stands by is optional (an annotation or prose). */
export function commentSaysOptional(comment: Comment): boolean {
  return saysOptional(comment.value);
}

/**
 * The comments standing right after 1-based line `line` (a heading's or a field's last line): on
 * that same line after it, or on the lines below with only blank lines and other such comments
 * between.
 */
export function commentsAfter(outline: Outline, line: number): Comment[] {
  const found: Comment[] = [];
  let last = line;
  for (const comment of outline.comments) {
    const start = comment.span.start.line;
    if (start < line) continue;
    if (start > line && (!blankBetween(outline.lines, last, start) || !startsItsLine(outline, comment))) break;
    found.push(comment);
    last = Math.max(last, comment.span.end.line);
  }
  return found;
}

/**
 * The comment standing alone on the lines right before 1-based line `line` (only blank lines
 * between), unless it stands right after a heading: then it speaks about that heading's section.
 */
export function commentBefore(outline: Outline, line: number, headingLines: ReadonlySet<number>): Comment | null {
  let before: Comment | null = null;
  for (const comment of outline.comments) {
    if (comment.span.end.line >= line) break;
    before = comment;
  }
  if (before === null || !blankBetween(outline.lines, before.span.end.line, line)) return null;
  if (!startsItsLine(outline, before) || !endsItsLine(outline, before)) return null;
  let above = before.span.start.line - 1;
  while (above >= 1 && outline.lines[above - 1].trim() === '') above -= 1;
  return headingLines.has(above) ? null : before;
}

/** Lines strictly between 1-based lines `from` and `to` are blank. */
function blankBetween(lines: readonly string[], from: number, to: number): boolean {
  for (let line = from + 1; line < to; line += 1) {
    if (lines[line - 1].trim() !== '') return false;
  }
  return true;
}

function startsItsLine(outline: Outline, comment: Comment): boolean {
  const { line, column } = comment.span.start;
  return outline.lines[line - 1].slice(0, column - 1).trim() === '';
}

function endsItsLine(outline: Outline, comment: Comment): boolean {
  const { line, column } = comment.span.end;
  return outline.lines[line - 1].slice(column - 1).trim() === '';
}
