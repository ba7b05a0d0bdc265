/**
 * Finds the template's placeholder text left in a document, on the source text (DESIGN §2
 * "Placeholders left in", §2b.8). One combined RegExp per schema (built once, cached) runs over
 * each line once; only its rare hits are then classified by where they stand (code, comment,
 * heading, title, metadata value, table cell).
 */

import type { Outline, Section, Span } from '../outline/types.js';
import type { GuideSchema, PlaceholderRule } from '../template/schema.js';
import { escapeRegExp, fieldKey } from '../template/text.js';
import { findTemplateSentences } from './sentence-scan.js';

export interface PlaceholderHit {
  rule: PlaceholderRule;
  /** The text as found in the document. */
  text: string;
  line: number;
  /** 1-based UTF-16 columns, end exclusive. */
  column: number;
  endLine: number;
  endColumn: number;
}

interface PlaceholderMatcher {
  /** All placeholder texts, longest first, global and case-insensitive. */
  regex: RegExp;
  /** Rules by lower-cased text. */
  rulesByText: Map<string, PlaceholderRule[]>;
}

const WORD = /[\p{L}\p{N}_]/u;

const matchers = new WeakMap<GuideSchema, PlaceholderMatcher | null>();

function matcherFor(schema: GuideSchema): PlaceholderMatcher | null {
  if (matchers.has(schema)) return matchers.get(schema)!;
  const rulesByText = new Map<string, PlaceholderRule[]>();
  for (const rule of schema.placeholders) {
    if (rule.scope === 'sentence' || rule.text === '' || rule.text.includes('\n')) continue;
    const key = rule.text.toLowerCase();
    const rules = rulesByText.get(key);
    if (rules) rules.push(rule);
    else rulesByText.set(key, [rule]);
  }
  const texts = [...new Set([...rulesByText.values()].map((rules) => rules[0]!.text))];
  texts.sort((a, b) => b.length - a.length);
  const matcher = texts.length === 0 ? null : { regex: new RegExp(texts.map(escapeRegExp).join('|'), 'giu'), rulesByText };
  matchers.set(schema, matcher);
  return matcher;
}

const hitsCache = new WeakMap<Outline, { schema: GuideSchema; hits: PlaceholderHit[] }>();

/** Every placeholder left in the document that counts where it stands, in source order. */
export function findPlaceholders(outline: Outline, schema: GuideSchema): readonly PlaceholderHit[] {
  const cached = hitsCache.get(outline);
  if (cached && cached.schema === schema) return cached.hits;
  const sentences = findTemplateSentences(outline, schema);
  const hits = sentences.length === 0 ? scan(outline, schema) : [...scan(outline, schema), ...sentences].sort(bySourceOrder);
  hitsCache.set(outline, { schema, hits });
  return hits;
}

function bySourceOrder(a: PlaceholderHit, b: PlaceholderHit): number {
  return a.line - b.line || a.column - b.column;
}

function scan(outline: Outline, schema: GuideSchema): PlaceholderHit[] {
  const matcher = matcherFor(schema);
  if (!matcher) return [];
  const hits: PlaceholderHit[] = [];
  let regions: Regions | null = null;
  outline.lines.forEach((line, index) => {
    if (line === '') return;
    matcher.regex.lastIndex = 0;
    for (let found = matcher.regex.exec(line); found; found = matcher.regex.exec(line)) {
      const rule = ruleFor(matcher, found[0]);
      const start = found.index;
      const end = start + found[0].length;
      if (!rule || !standsAlone(line, start, end) || isLinkText(line, rule, start, end)) continue;
      regions ??= new Regions(outline);
      const hit: PlaceholderHit = {
        rule,
        text: found[0],
        line: index + 1,
        column: start + 1,
        endLine: index + 1,
        endColumn: end + 1,
      };
      if (regions.counts(hit, line)) hits.push(hit);
    }
  });
  return hits;
}

function ruleFor(matcher: PlaceholderMatcher, text: string): PlaceholderRule | undefined {
  return matcher.rulesByText.get(text.toLowerCase())?.find((rule) => !rule.caseSensitive || rule.text === text);
}

/** A placeholder that begins or ends with a word character is not part of a longer word (`XXX` in `XXXX`). */
function standsAlone(line: string, start: number, end: number): boolean {
  const edgeIsWord = (at: number): boolean => WORD.test(line.charAt(at));
  if (edgeIsWord(start) && start > 0 && edgeIsWord(start - 1)) return false;
  if (edgeIsWord(end - 1) && end < line.length && edgeIsWord(end)) return false;
  return true;
}

/** `[Text]` followed by `(url)` or `[ref]` is a link's text, and `[Text]:` at a line start a definition. */
function isLinkText(line: string, rule: PlaceholderRule, start: number, end: number): boolean {
  if (!rule.text.startsWith('[') || !rule.text.endsWith(']')) return false;
  const next = line.charAt(end);
  return next === '(' || next === '[' || (next === ':' && line.slice(0, start).trim() === '');
}

/** Where a hit stands: built on the first hit of a document, only then. */
class Regions {
  private readonly codeLines = new Set<number>();
  private readonly structured = new Map<number, Span[]>();
  /** Where a whole title stands: each H1's first line with its text, and the `title` fields. */
  private readonly titles = new Map<number, string>();
  private readonly titleFields: Array<{ span: Span; value: string }> = [];
  /** The frontmatter and the metadata values of the body. */
  private readonly metadata: Span[] = [];

  constructor(private readonly outline: Outline) {
    const visit = (section: Section): void => {
      if (section.heading) this.addStructured(section.heading.span);
      if (section.heading?.level === 1) this.titles.set(section.heading.span.start.line, section.heading.raw.toLowerCase());
      for (const block of section.body.codeBlocks) {
        for (let line = block.span.start.line; line <= block.span.end.line; line++) this.codeLines.add(line);
      }
      for (const table of section.body.tables) {
        for (const cell of table.header) this.addStructured(cell.span);
        for (const row of table.rows) for (const cell of row) this.addStructured(cell.span);
      }
      section.children.forEach(visit);
    };
    visit(outline.root);
    if (outline.frontmatter) this.metadata.push(outline.frontmatter.span);
    for (const field of outline.metadata) {
      this.addStructured(field.valueSpan);
      this.metadata.push(field.valueSpan);
      if (fieldKey(field.key) === 'title') this.titleFields.push({ span: field.valueSpan, value: field.value.toLowerCase() });
    }
  }

  private addStructured(span: Span): void {
    for (let line = span.start.line; line <= span.end.line; line++) {
      const spans = this.structured.get(line);
      if (spans) spans.push(span);
      else this.structured.set(line, [span]);
    }
  }

  counts(hit: PlaceholderHit, line: string): boolean {
    if (this.outline.comments.some((comment) => contains(comment.span, hit))) return false;
    const inCode = this.codeLines.has(hit.line) || inInlineCode(line, hit.column - 1);
    if (inCode) return hit.rule.inCode;
    switch (hit.rule.scope) {
      case 'anywhere':
        return true;
      case 'structured':
        return (this.structured.get(hit.line) ?? []).some((span) => contains(span, hit));
      case 'title':
        return this.isWholeTitle(hit);
      case 'value':
        return this.metadata.some((span) => contains(span, hit));
      case 'sentence':
        // Found by their key in sentence-scan.ts, never by the RegExp.
        return false;
    }
  }

  private isWholeTitle(hit: PlaceholderHit): boolean {
    const text = hit.text.toLowerCase();
    return (
      this.titles.get(hit.line) === text ||
      this.titleFields.some((field) => field.value === text && contains(field.span, hit))
    );
  }
}

function contains(span: Span, hit: PlaceholderHit): boolean {
  const startsInside =
    hit.line > span.start.line || (hit.line === span.start.line && hit.column >= span.start.column);
  const endsInside = hit.line < span.end.line || (hit.line === span.end.line && hit.endColumn <= span.end.column);
  return startsInside && endsInside;
}

/** The index stands inside a code span of its line: between two backtick runs of the same length. */
function inInlineCode(line: string, index: number): boolean {
  const runs = /`+/gu;
  let open: { length: number; end: number } | null = null;
  for (let run = runs.exec(line); run; run = runs.exec(line)) {
    if (open === null) {
      if (run.index > index) return false;
      open = { length: run[0].length, end: run.index + run[0].length };
    } else if (run[0].length === open.length) {
      if (index >= open.end && index < run.index) return true;
      open = null;
    }
  }
  return false;
}
