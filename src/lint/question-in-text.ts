/**
 * A template section whose heading is a question (`###### How can this feature be disabled?`) is
 * answered when its parent's own text asks that question (`* **How can this feature be
 * disabled?** …`): the form questionnaires took before they became headings, and still a
 * faithful answer (DESIGN §2b.11: the reading that gives no finding on a conforming document).
 */
import type { Outline, Section } from '../outline/types.js';
import type { SectionRule } from '../template/schema.js';

/** How many of a question's first words must stand in the text. */
const QUESTION_WORDS = 8;

export function asksQuestionInText(outline: Outline, parent: Section, rule: SectionRule): boolean {
  const words = questionWords(rule);
  return words !== '' && ownText(outline, parent).includes(words);
}

const questions = new WeakMap<SectionRule, string>();

/** A literal question heading's first words, '' for any other rule; once per rule. */
function questionWords(rule: SectionRule): string {
  let words = questions.get(rule);
  if (words === undefined) {
    const isQuestion = rule.kind === 'literal' && /\?\s*$/u.test(rule.display);
    words = isQuestion ? plainWords(rule.display).slice(0, QUESTION_WORDS).join(' ') : '';
    questions.set(rule, words);
  }
  return words;
}

const ownTexts = new WeakMap<Section, string>();

/** The section's own lines (before its first subsection) as plain words, lines joined; once per section. */
function ownText(outline: Outline, section: Section): string {
  let text = ownTexts.get(section);
  if (text === undefined) {
    text = plainOwnText(outline, section);
    ownTexts.set(section, text);
  }
  return text;
}

function plainOwnText(outline: Outline, section: Section): string {
  const from = section.heading ? section.heading.span.end.line : 0;
  const child = section.children[0]?.heading;
  const to = child ? child.span.start.line - 1 : section.span.end.line;
  return plainWords(outline.lines.slice(from, to).join(' ')).join(' ');
}

/** Lower-cased words, emphasis and code markers dropped (`**disabled?**`, `` `kubectl` ``). */
function plainWords(text: string): string[] {
  return text
    .replace(/[*`]+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}
