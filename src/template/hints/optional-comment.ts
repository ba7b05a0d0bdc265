/**
 * An HTML comment or a YAML comment saying that what it stands by is optional (MADR's
 * `<!-- This is an optional element. Feel free to remove. -->`): after a heading or right before
 * it, on a metadata line, or above frontmatter keys (it then speaks for the keys below it).
 *
 * @example
 *   ## Decision Drivers
 *   <!-- This is an optional element. Feel free to remove. -->   → optional (comment, line 2)
 */
import type { Hint, HintReader } from '../ir.js';

export const optionalComment: HintReader = {
  id: 'optional-comment',
  kinds: ['heading', 'field'],
  read(node) {
    if (node.kind === 'heading') {
      const comments = node.commentBefore ? [...node.commentsAfter, node.commentBefore] : node.commentsAfter;
      const saying = comments.find((comment) => saysOptional(comment.value));
      return saying ? [optional(saying.span.start.line, saying.value)] : [];
    }
    if (node.kind !== 'field') return [];
    const sameLine = node.commentsAfter.find((comment) => comment.span.start.line === node.line && saysOptional(comment.value));
    if (sameLine) return [optional(sameLine.span.start.line, sameLine.value)];
    const yaml = node.yamlComments.find(saysOptional);
    return yaml === undefined ? [] : [optional(node.line, yaml.trim())];
  },
};

function optional(line: number, text: string): Hint {
  return { kind: 'optional', source: 'prose', line, why: `comment "${text}"` };
}

/**
 * Whether a comment says that what it stands by is optional: "This is an optional element",
 * "These are optional metadata elements", "This section is optional", or just "optional" — but
 * not "non-optional features" or "optional services that are needed".
 */
export function saysOptional(text: string): boolean {
  return (
    /^\W*optional\W*$/iu.test(text) ||
    /(?<!non-)\boptional (?:[\p{L}-]+ )?(?:elements?|sections?|parts?|headings?|fields?|keys?)\b/iu.test(text) ||
    /\b(?:is|are) (?:entirely |completely )?optional\b/iu.test(text)
  );
}
