/**
 * `<!-- guidelint: optional | repeat MIN..MAX | any-heading | closed -->` right after a heading, the
 * title or a metadata line (or a frontmatter's closing `---`, read as after its last key) (DESIGN §2,
 * Annotations): what inference cannot guess, said outright. `closed` closes what it follows: a
 * section, the document (after the title) or the fields (after the metadata block).
 *
 * @example
 *   ## Step 1: [Name]
 *   <!-- guidelint: repeat 2.. -->      → repeat 2..∞ (annotation, line 2)
 */
import type { Comment } from '../../outline/types.js';
import { TemplateError } from '../errors.js';
import type { Hint, HintReader } from '../ir.js';

const ANNOTATION = /^guidelint\s*:\s*(.*)$/isu;
const REPEAT = /^repeat\s+(\d+)(?:\s*(\.\.)\s*(\d+)?)?$/iu;

export const annotation: HintReader = {
  id: 'annotation',
  kinds: ['title', 'heading', 'field'],
  read(node, doc) {
    if (node.kind !== 'title' && node.kind !== 'heading' && node.kind !== 'field') return [];
    return node.commentsAfter.flatMap((comment) => {
      const match = ANNOTATION.exec(comment.value);
      if (!match) return [];
      return match[1].split(',').map((part) => directive(part.trim(), comment, doc.name));
    });
  },
};

function directive(text: string, comment: Comment, templateName: string): Hint {
  const line = comment.span.start.line;
  const base = { source: 'annotation', line, why: `annotation "guidelint: ${text}"` } as const;
  const repeat = REPEAT.exec(text);
  if (repeat) {
    const min = Number(repeat[1]);
    const max = repeat[2] === undefined ? min : repeat[3] === undefined ? null : Number(repeat[3]);
    if (max !== null && max < min) throw unknownDirective(text, line, templateName);
    return { ...base, kind: 'repeat', min, max };
  }
  if (/^optional$/iu.test(text)) return { ...base, kind: 'optional' };
  if (/^any-heading$/iu.test(text)) return { ...base, kind: 'any-heading' };
  if (/^closed$/iu.test(text)) return { ...base, kind: 'closed' };
  throw unknownDirective(text, line, templateName);
}

function unknownDirective(directive: string, line: number, templateName: string): TemplateError {
  return new TemplateError(
    `template "${templateName}" line ${line}: unknown annotation "guidelint: ${directive}" ` +
      '(expected optional, repeat MIN.., repeat MIN..MAX, any-heading or closed)',
  );
}
