/**
 * Guidance at a section's start saying the section may be left out (DESIGN §2b.2): its first
 * paragraph or the first HTML comment after its heading opens with `(optional)`, `Optional:` or
 * `Optional,`, or says `This section is optional`, `Only required if/when/for …`, `Not required
 * until …`, `Remove this section if …`, `Omit this section if it's not applicable`, `Delete if not
 * applicable`, or opens with `If applicable,`. A label introducing such guidance, or only
 * emphasised guidance (`**Note:** *Not needed until the beta.*`), is not required either.
 *
 * @example
 *   ## Detailed Design
 *   This section is optional. Elaborate on details if they matter.   → optional (line 2)
 */
import type { Hint, HintReader } from '../ir.js';

/** Where a text opens by calling itself optional or conditional. */
const OPENS_OPTIONAL = /^\W*(?:\(optional\)|optional\s*[:,.)—–-]|if applicable\b)/iu;
/** A sentence of its first paragraph naming this section as one to leave out. */
const NAMES_SECTION_OPTIONAL = new RegExp(
  [
    String.raw`\bthis (?:section|part|heading) is (?:entirely |completely )?optional\b`,
    String.raw`\b(?:remove|delete|omit|skip|drop) (?:this|the) (?:section|part|heading)s? (?:if|when|for|unless)\b`,
  ].join('|'),
  'iu',
);
/** Its first sentence making the section conditional. */
const FIRST_SAYS_CONDITIONAL = new RegExp(
  [
    String.raw`\bonly (?:required|needed|necessary|applicable|relevant) (?:if|when|for|until|once|in)\b`,
    String.raw`\bnot (?:required|needed|necessary) (?:until|unless|before)\b`,
    String.raw`\b(?:remove|delete|omit|skip) (?:it |this )?if (?:it(?:'|’)?s |it is )?not (?:applicable|relevant|needed)\b`,
  ].join('|'),
  'iu',
);

/** Only emphasis: `*Not needed until the beta.*`. */
const ONLY_EMPHASIS = /^(?:\*[^*].*\*|_[^_].*_)$/su;

export const optionalProse: HintReader = {
  id: 'optional-prose',
  kinds: ['heading', 'label'],
  read(node) {
    if (node.kind === 'label') {
      const value = node.value.trim();
      if (value === '' || !(ONLY_EMPHASIS.test(value) || saysSectionOptional(value))) return [];
      return [hint(node.label.span.start.line, `guidance "${shorten(value)}"`)];
    }
    if (node.kind !== 'heading') return [];
    const texts = [
      ...(node.lead ? [{ text: node.lead.text, line: node.lead.line }] : []),
      ...node.commentsAfter.slice(0, 1).map((comment) => ({ text: comment.value, line: comment.span.start.line })),
    ];
    const saying = texts.find(({ text }) => saysSectionOptional(text));
    return saying ? [hint(saying.line, `prose "${shorten(sentenceSaying(saying.text))}"`)] : [];
  },
};

/**
 * Whether guidance at a section's start says the section may be left out: by how its first
 * sentence opens or what it says, or by a sentence of its first paragraph that names "this section".
 */
export function saysSectionOptional(text: string): boolean {
  const paragraph = plainText(text.split(/\n\s*\n/u)[0] ?? '');
  const first = paragraph.split(SENTENCE_END)[0] ?? '';
  return OPENS_OPTIONAL.test(first) || FIRST_SAYS_CONDITIONAL.test(first) || NAMES_SECTION_OPTIONAL.test(paragraph);
}

const SENTENCE_END = /(?<=[.!?])\s+/u;

function plainText(text: string): string {
  return text.replace(/[*_`]+/gu, '').replace(/\s+/gu, ' ').trim();
}

function hint(line: number, why: string): Hint {
  return { kind: 'optional', source: 'prose', line, why };
}

/** The sentence that says it (for the reason). */
function sentenceSaying(text: string): string {
  const sentences = plainText(text.split(/\n\s*\n/u)[0] ?? '').split(SENTENCE_END);
  return sentences.find((sentence) => NAMES_SECTION_OPTIONAL.test(sentence)) ?? sentences[0] ?? '';
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
