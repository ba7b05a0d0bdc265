/**
 * What a heading's text names in a schema, worked out once per text and schema: the documents of
 * one template repeat its headings (`Summary`, `Motivation`), and the matcher, the missing-section
 * report and the duplicate-section check all ask every heading against every section rule.
 */

import type { Heading } from '../outline/types.js';
import type { GuideSchema, SectionRule } from '../template/schema.js';
import { foldedHeadingName, headingNameText, nameStartsOf, namesSameSection } from './heading-similarity.js';
import { headingMatchText } from './heading-text.js';
import { lastCharacterTest, type TextTest } from './linear-pattern.js';
import { indexSchema, testOf } from './schema-index.js';
import { TextMemo } from '../outline/text-memo.js';

/** A schema's rules as readings test them, built once per schema. */
interface ReadingIndex {
  /** The rules a heading may name by its text (`SchemaIndex.namedRules`), and their tests. */
  rules: readonly SectionRule[];
  tests: readonly TextTest[];
  /**
   * By a text's last character (ASCII), the numbers (in `rules`) of the rules whose pattern may
   * match a text ending with it: a pattern ending in a fixed character (`…summary$`) matches no
   * text ending otherwise. Most headings are then tested against a few rules, not all.
   */
  byLastCharacter: readonly (readonly number[])[];
  /** The numbers of every rule, for a text ending past ASCII. */
  all: readonly number[];
  /** The numbers of the rules whose patterns match texts of no fixed ending, for the empty text. */
  openEnded: readonly number[];
  /** The rules a heading may name in other words, with the beginnings of their names' words. */
  nameable: readonly { rule: SectionRule; starts: readonly string[] }[];
}

const ASCII = 128;

function buildReadingIndex(schema: GuideSchema): ReadingIndex {
  const rules = indexSchema(schema).namedRules;
  const endings = rules.map((rule) => lastCharacterTest(rule.pattern));
  const numbers = rules.map((_, number) => number);
  const byLastCharacter = Array.from({ length: ASCII }, (_, code) => {
    const char = String.fromCharCode(code);
    return numbers.filter((number) => endings[number]?.(char, code) ?? true);
  });
  const nameable = rules.flatMap((rule) => {
    const starts = nameStartsOf(rule);
    return starts === null ? [] : [{ rule, starts }];
  });
  return {
    rules,
    tests: rules.map((rule) => testOf(rule)),
    byLastCharacter,
    all: numbers,
    openEnded: numbers.filter((number) => endings[number] === null),
    nameable,
  };
}

export class HeadingReading {
  private patternNamed: readonly SectionRule[] | null = null;
  private sameName: readonly SectionRule[] | null = null;

  constructor(
    /** The heading's match text (`headingMatchText`). */
    readonly text: string,
    private readonly index: ReadingIndex,
  ) {}

  /** Every rule of the template, in template order, whose pattern the text matches (any-heading rules aside). */
  get byPattern(): readonly SectionRule[] {
    if (this.patternNamed === null) {
      const { text, index } = this;
      const code = text.charCodeAt(text.length - 1);
      const candidates = text === '' ? index.openEnded : code < ASCII ? index.byLastCharacter[code]! : index.all;
      this.patternNamed = candidates.flatMap((number) => (index.tests[number]!(text) ? [index.rules[number]!] : []));
    }
    return this.patternNamed;
  }

  /**
   * Every rule of the template, in template order, whose name the heading says in other words
   * (`namesSameSection`). A heading's words are folded only when it holds the beginnings of every
   * word of some rule's name: most headings name no rule, and folding costs more than looking.
   */
  get byName(): readonly SectionRule[] {
    if (this.sameName === null) {
      const words = headingNameText(this.text);
      const candidates = this.index.nameable.filter(({ starts }) => starts.every((start) => words.includes(start)));
      if (candidates.length === 0) this.sameName = [];
      else {
        const name = foldedHeadingName(this.text);
        this.sameName = candidates.flatMap(({ rule }) => (namesSameSection(rule, name) ? [rule] : []));
      }
    }
    return this.sameName;
  }

  /** The rules the heading names: by their patterns, or failing all, by the same name in other words. */
  get named(): readonly SectionRule[] {
    return this.byPattern.length > 0 ? this.byPattern : this.byName;
  }
}

const readings = new WeakMap<GuideSchema, { index: ReadingIndex; memo: TextMemo<HeadingReading> }>();

/** The reading of a heading (null: the root's) in a schema. */
export function readHeading(schema: GuideSchema, heading: Heading | null): HeadingReading {
  let found = readings.get(schema);
  if (found === undefined) {
    found = { index: buildReadingIndex(schema), memo: new TextMemo<HeadingReading>() };
    readings.set(schema, found);
  }
  const { index, memo } = found;
  return memo.get(heading?.text ?? '', (raw) => new HeadingReading(headingMatchText(raw), index));
}
