/**
 * Finds sentences of the template's guidance copied unchanged into a document (DESIGN §2b.8). The
 * schema's sentences are indexed once by their key (`sentenceKey`) and by its first two words; each
 * paragraph directly in a section's body is then split into sentences once, and a sentence whose
 * first two words begin no template sentence, or that is shorter than every template sentence they
 * begin, costs no more (making every key would cost about as much as building the Outline).
 */
import type { Outline, Paragraph, Section } from '../outline/types.js';
import type { GuideSchema, PlaceholderRule } from '../template/schema.js';
import { blankComments, sentenceHead, sentenceKey, sentenceSpans } from '../template/text.js';
import type { PlaceholderHit } from './placeholder-scan.js';

interface SentenceIndex {
  byKey: ReadonlyMap<string, PlaceholderRule>;
  /** The length of the shortest key beginning with each key's first two words. */
  shortestByHead: ReadonlyMap<string, number>;
  /** The length of the shortest key. */
  shortest: number;
}

const indexes = new WeakMap<GuideSchema, SentenceIndex>();

function indexFor(schema: GuideSchema): SentenceIndex {
  let index = indexes.get(schema);
  if (index === undefined) {
    const byKey = new Map<string, PlaceholderRule>();
    for (const rule of schema.placeholders) {
      const key = rule.scope === 'sentence' ? sentenceKey(rule.text) : '';
      if (key !== '' && !byKey.has(key)) byKey.set(key, rule);
    }
    const shortestByHead = new Map<string, number>();
    for (const key of byKey.keys()) {
      const head = key.split(' ', 2).join(' ');
      shortestByHead.set(head, Math.min(shortestByHead.get(head) ?? Infinity, key.length));
    }
    index = { byKey, shortestByHead, shortest: Math.min(...shortestByHead.values()) };
    indexes.set(schema, index);
  }
  return index;
}

/** The template's sentences left in the document's paragraphs, in source order. */
export function findTemplateSentences(outline: Outline, schema: GuideSchema): PlaceholderHit[] {
  const index = indexFor(schema);
  if (index.byKey.size === 0) return [];
  const hits: PlaceholderHit[] = [];
  const visit = (section: Section): void => {
    for (const paragraph of section.body.paragraphs) hits.push(...paragraphHits(paragraph, outline, index));
    section.children.forEach(visit);
  };
  visit(outline.root);
  return hits;
}

function paragraphHits(paragraph: Paragraph, outline: Outline, index: SentenceIndex): PlaceholderHit[] {
  const text = blankComments(paragraph.text);
  const hits: PlaceholderHit[] = [];
  // A sentence's key is no longer than the sentence, unless an `İ` lengthens it as it is lower-cased.
  const lengthBound = !text.includes('İ');
  for (const { start, end } of sentenceSpans(text)) {
    const head = sentenceHead(text, start, end);
    const shortest = head === null ? index.shortest : index.shortestByHead.get(head);
    if (shortest === undefined || (lengthBound && end - start < shortest)) continue;
    const rule = index.byKey.get(sentenceKey(text.slice(start, end)));
    if (rule === undefined) continue;
    const from = sourcePlace(paragraph, outline, text, start);
    const to = sourcePlace(paragraph, outline, text, end);
    hits.push({ rule, text: text.slice(start, end), line: from.line, column: from.column, endLine: to.line, endColumn: to.column });
  }
  return hits;
}

/** The source line and 1-based column of an offset in a paragraph's text (its lines are the source lines, trimmed). */
function sourcePlace(paragraph: Paragraph, outline: Outline, text: string, offset: number): { line: number; column: number } {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let line = paragraph.span.start.line;
  for (let at = text.indexOf('\n'); at !== -1 && at < lineStart; at = text.indexOf('\n', at + 1)) line++;
  const source = outline.lines[line - 1] ?? '';
  const indent = source.length - source.trimStart().length;
  return { line, column: indent + offset - lineStart + 1 };
}
