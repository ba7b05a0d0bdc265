/**
 * Finds the template's placeholder text left in a document, on the source text (DESIGN §2
 * "Placeholders left in", §2b.8). One search for all placeholder texts per schema (built once,
 * cached) runs over each line once, in time linear in the line; only its rare hits are then
 * classified by where they stand (code, comment, heading, title, metadata value, table cell).
 */

import type { Outline, Section, Span } from '../outline/types.js';
import type { GuideSchema, PlaceholderRule } from '../template/schema.js';
import { escapeRegExp, fieldKey } from '../template/text.js';
import { LiteralSearch } from './literal-search.js';
import { SpansByLine } from './spans-by-line.js';
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
  /**
   * All placeholder texts, case-insensitively: the leftmost, longest one first. Built for the first
   * line the prefilter lets through: a document that kept none of the texts needs none.
   */
  search: () => LiteralSearch;
  /**
   * Whether a line may hold one: V8's RegExp of the texts rules out most lines far faster than a
   * search in JavaScript. Only for a few texts and short lines, where its cost is bounded too.
   */
  mayHold: RegExp | null;
  /** Rules by lower-cased text. */
  rulesByText: Map<string, PlaceholderRule[]>;
}

const WORD = /[\p{L}\p{N}_]/u;

const matchers = new WeakMap<GuideSchema, PlaceholderMatcher | null>();
/** The prefilter's bounds: its cost grows with the texts times the line's length. */
const MAX_PREFILTER_TEXTS = 256;
const MAX_PREFILTER_LINE = 2_000;

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
  const texts = [...rulesByText.values()].map((rules) => rules[0]!.text);
  let search: LiteralSearch | undefined;
  const matcher = texts.length === 0 ? null : { search: () => (search ??= new LiteralSearch(texts)), mayHold: prefilterOf(texts), rulesByText };
  matchers.set(schema, matcher);
  return matcher;
}

/**
 * The prefilter of `texts`, or null for too many. ASCII texts take a RegExp without the `u` flag,
 * which V8 compiles and runs in half the time (a one-file run compiles it, and runs it once a
 * line): it compares ASCII letters as case folding does, and of all other characters only the long
 * s and the Kelvin sign fold to an ASCII one (literal-search.ts), so their lines go through.
 */
export function prefilterOf(texts: readonly string[]): RegExp | null {
  if (texts.length > MAX_PREFILTER_TEXTS) return null;
  const source = texts.map(escapeRegExp).join('|');
  return texts.every((text) => ASCII.test(text)) ? new RegExp(`${source}|[\u017f\u212a]`, 'i') : new RegExp(source, 'iu');
}

const ASCII = /^[\x00-\x7f]*$/u;

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
    if (matcher.mayHold !== null && line.length <= MAX_PREFILTER_LINE && !matcher.mayHold.test(line)) return;
    let codeSpans: CodeSpans | null = null;
    for (const { start, end } of matcher.search().find(line)) {
      const text = line.slice(start, end);
      const rule = ruleFor(matcher, text);
      if (!rule || !standsAlone(line, start, end) || isLinkText(line, rule, start, end)) continue;
      regions ??= new Regions(outline);
      codeSpans ??= new CodeSpans(line);
      const hit: PlaceholderHit = {
        rule,
        text,
        line: index + 1,
        column: start + 1,
        endLine: index + 1,
        endColumn: end + 1,
      };
      if (regions.counts(hit, codeSpans)) hits.push(hit);
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
  private readonly comments = new SpansByLine();
  private readonly structured = new SpansByLine();
  /** Where a whole title stands: each H1's first line with its text, and the `title` fields. */
  private readonly titles = new Map<number, string>();
  private readonly titleFields: Array<{ span: Span; value: string }> = [];
  /** The frontmatter and the metadata values of the body. */
  private readonly metadata = new SpansByLine();

  constructor(outline: Outline) {
    const visit = (section: Section): void => {
      if (section.heading) this.structured.add(section.heading.span);
      if (section.heading?.level === 1) this.titles.set(section.heading.span.start.line, section.heading.raw.toLowerCase());
      for (const block of section.body.codeBlocks) {
        for (let line = block.span.start.line; line <= block.span.end.line; line++) this.codeLines.add(line);
      }
      for (const table of section.body.tables) {
        for (const cell of table.header) this.structured.add(cell.span);
        for (const row of table.rows) for (const cell of row) this.structured.add(cell.span);
      }
      section.children.forEach(visit);
    };
    visit(outline.root);
    for (const comment of outline.comments) this.comments.add(comment.span);
    if (outline.frontmatter) this.metadata.add(outline.frontmatter.span);
    for (const field of outline.metadata) {
      this.structured.add(field.valueSpan);
      this.metadata.add(field.valueSpan);
      if (fieldKey(field.key) === 'title') this.titleFields.push({ span: field.valueSpan, value: field.value.toLowerCase() });
    }
  }

  counts(hit: PlaceholderHit, codeSpans: CodeSpans): boolean {
    if (within(this.comments, hit)) return false;
    const inCode = this.codeLines.has(hit.line) || codeSpans.holds(hit.column - 1);
    if (inCode) return hit.rule.inCode;
    switch (hit.rule.scope) {
      case 'anywhere':
        return true;
      case 'structured':
        return within(this.structured, hit);
      case 'title':
        return this.isWholeTitle(hit);
      case 'value':
        return within(this.metadata, hit);
      case 'sentence':
        // Found by their key in sentence-scan.ts, never by the search.
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

function within(spans: SpansByLine, hit: PlaceholderHit): boolean {
  return spans.holds(hit.line, hit.column, hit.endColumn);
}

function contains(span: Span, hit: PlaceholderHit): boolean {
  const startsInside =
    hit.line > span.start.line || (hit.line === span.start.line && hit.column >= span.start.column);
  const endsInside = hit.line < span.end.line || (hit.line === span.end.line && hit.endColumn <= span.end.column);
  return startsInside && endsInside;
}

/**
 * The code spans of a line, found once for all its hits: a backtick run opens one, the next run of
 * the same length closes it (runs of other lengths between are its text).
 */
class CodeSpans {
  /** The spans' insides, in order, as [start, end) offsets. */
  private readonly insides: Array<[number, number]> = [];

  constructor(line: string) {
    const runs = /`+/gu;
    let open: { length: number; end: number } | null = null;
    for (let run = runs.exec(line); run; run = runs.exec(line)) {
      if (open === null) {
        open = { length: run[0].length, end: run.index + run[0].length };
      } else if (run[0].length === open.length) {
        this.insides.push([open.end, run.index]);
        open = null;
      }
    }
  }

  /** Whether the offset stands inside a code span. */
  holds(index: number): boolean {
    let low = 0;
    let high = this.insides.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const [start, end] = this.insides[middle]!;
      if (index < start) high = middle - 1;
      else if (index >= end) low = middle + 1;
      else return true;
    }
    return false;
  }
}
