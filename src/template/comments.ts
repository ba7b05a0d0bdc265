/**
 * Which HTML comments speak about a heading or a metadata line (DESIGN §2, Annotations): those
 * standing right after it, and the one standing alone right before a heading. The `read` pass
 * attaches them once per node; the hint readers read what they say.
 */
import type { Comment, Outline } from '../outline/types.js';

/** The comments of an Outline with a line index, so each lookup starts near its line, not at comment 0. */
export class CommentIndex {
  private readonly firstAtOrAfter: Int32Array;

  constructor(private readonly outline: Outline) {
    const { comments, lines } = outline;
    this.firstAtOrAfter = new Int32Array(lines.length + 2);
    let index = 0;
    for (let line = 0; line < this.firstAtOrAfter.length; line += 1) {
      while (index < comments.length && comments[index].span.start.line < line) index += 1;
      this.firstAtOrAfter[line] = index;
    }
  }

  /**
   * The comments standing right after 1-based line `line` (a heading's or a field's last line): on
   * that same line after it, or on the lines below with only blank lines and other such comments
   * between.
   */
  after(line: number): Comment[] {
    const { comments, lines } = this.outline;
    const found: Comment[] = [];
    let last = line;
    for (let index = this.firstAtOrAfter[line] ?? comments.length; index < comments.length; index += 1) {
      const comment = comments[index];
      const start = comment.span.start.line;
      if (start > line && (!blankBetween(lines, last, start) || !this.startsItsLine(comment))) break;
      found.push(comment);
      last = Math.max(last, comment.span.end.line);
    }
    return found;
  }

  /**
   * The comment standing alone on the lines right before 1-based line `line` (only blank lines
   * between), unless it stands right after a heading: then it speaks about that heading's section.
   */
  before(line: number, headingLines: ReadonlySet<number>): Comment | null {
    const { comments, lines } = this.outline;
    // Comments do not overlap: the one before is the last that ends above `line`.
    let next = this.firstAtOrAfter[line] ?? comments.length;
    if (next > 0 && comments[next - 1].span.end.line >= line) next -= 1;
    const before = next > 0 ? comments[next - 1] : null;
    if (before === null || !blankBetween(lines, before.span.end.line, line)) return null;
    if (!this.startsItsLine(before) || !this.endsItsLine(before)) return null;
    let above = before.span.start.line - 1;
    while (above >= 1 && lines[above - 1].trim() === '') above -= 1;
    return headingLines.has(above) ? null : before;
  }

  private startsItsLine(comment: Comment): boolean {
    const { line, column } = comment.span.start;
    return this.outline.lines[line - 1].slice(0, column - 1).trim() === '';
  }

  private endsItsLine(comment: Comment): boolean {
    const { line, column } = comment.span.end;
    return this.outline.lines[line - 1].slice(column - 1).trim() === '';
  }
}

/** Lines strictly between 1-based lines `from` and `to` are blank. */
function blankBetween(lines: readonly string[], from: number, to: number): boolean {
  for (let line = from + 1; line < to; line += 1) {
    if (lines[line - 1].trim() !== '') return false;
  }
  return true;
}
