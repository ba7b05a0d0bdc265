/**
 * The template's own guidance and example prose, sentence by sentence (DESIGN §2b.8): a sentence
 * of eight words or more of a paragraph directly in a section's body (so never a comment, code, a
 * heading, a list item or a quote), copied unchanged into a document, is template text left in.
 * Left out, as documents keep them on purpose or other findings cover them:
 *
 * - the paragraphs of a section holding a literal checklist: documents keep the checklist and the
 *   text that goes with it (`Items marked with (R) are required …`);
 * - a paragraph that starts with a task box (`[ ] I understand …`): a box to tick;
 * - metadata lines, epigraphs (emphasis only) and links-only paragraphs, which set no rule (§2);
 * - a sentence overlapping a placeholder: the placeholder is the finding.
 */
import type { Paragraph, Section } from '../../outline/types.js';
import type { TemplateDoc } from '../ir.js';
import { findPlaceholders } from '../placeholders.js';
import type { PlaceholderRule } from '../schema.js';
import { blankComments, findLinks, proseWordCount, sentenceSpans } from '../text.js';

/** Shorter sentences (`Describe the design.`) are common words, not this template's text. Words of prose: file names and code do not count. */
export const GUIDANCE_MIN_WORDS = 8;

const TASK_BOX = /^\[[ xX]\]\s/u;
const EPIGRAPH = /^([*_]{1,3})[\s\S]+\1$/u;

export function sentenceRules(doc: TemplateDoc): PlaceholderRule[] {
  const checklists = checklistSections(doc);
  const metadataLines = new Set(doc.outline.metadata.map((field) => field.span.start.line));
  const rules: PlaceholderRule[] = [];
  const visit = (section: Section): void => {
    if (!checklists.has(section)) {
      for (const paragraph of section.body.paragraphs) {
        if (!metadataLines.has(paragraph.span.start.line)) rules.push(...paragraphSentences(paragraph, doc));
      }
    }
    section.children.forEach(visit);
  };
  visit(doc.outline.root);
  return rules;
}

/** Sections whose body holds a task item without a placeholder. */
function checklistSections(doc: TemplateDoc): Set<Section> {
  const sections = new Set<Section>();
  for (const node of doc.nodes) {
    if (node.kind !== 'taskItem' || node.hasPlaceholder) continue;
    const owner = doc.nodes[node.owner];
    if (owner?.kind === 'heading') sections.add(owner.section);
  }
  return sections;
}

function paragraphSentences(paragraph: Paragraph, doc: TemplateDoc): PlaceholderRule[] {
  const text = blankComments(paragraph.text);
  const trimmed = text.trim();
  if (TASK_BOX.test(trimmed) || EPIGRAPH.test(trimmed) || !/[\p{L}\p{N}]/u.test(withoutLinks(trimmed))) return [];
  const placeholders = findPlaceholders(text, doc.bodyScan);
  // Sentences and placeholders both in order: the first placeholder not ending before a sentence is the one that may touch it.
  let next = 0;
  return sentenceSpans(text).flatMap(({ start, end }) => {
    while (next < placeholders.length && placeholders[next]!.end <= start) next++;
    const sentence = text.slice(start, end);
    if (proseWordCount(sentence) < GUIDANCE_MIN_WORDS) return [];
    if (next < placeholders.length && placeholders[next]!.start < end) return [];
    const line = paragraph.span.start.line + countNewlines(text, start);
    return [{ text: sentence.replace(/\s+/gu, ' '), scope: 'sentence', inCode: false, caseSensitive: false, line }];
  });
}

/** The text with its links left out. */
function withoutLinks(text: string): string {
  let rest = '';
  let at = 0;
  for (const link of findLinks(text, false)) {
    rest += text.slice(at, link.start);
    at = link.end;
  }
  return rest + text.slice(at);
}

function countNewlines(text: string, before: number): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < before; at = text.indexOf('\n', at + 1)) count++;
  return count;
}
