/**
 * What a heading's text names in a schema, worked out once per text and schema: the documents of
 * one template repeat its headings (`Summary`, `Motivation`), and the matcher, the missing-section
 * report and the duplicate-section check all ask every heading against every section rule.
 */

import type { Heading } from '../outline/types.js';
import type { GuideSchema, SectionRule } from '../template/schema.js';
import { rulesNamedInOtherWords } from './heading-similarity.js';
import { headingMatchText } from './heading-text.js';
import { indexSchema, testOf } from './schema-index.js';
import { TextMemo } from './text-memo.js';

export class HeadingReading {
  private sameName: readonly SectionRule[] | null = null;

  constructor(
    /** The heading's match text (`headingMatchText`). */
    readonly text: string,
    /** Every rule of the template, in template order, whose pattern the text matches (any-heading rules aside). */
    readonly byPattern: readonly SectionRule[],
    private readonly namedRules: readonly SectionRule[],
  ) {}

  /**
   * Every rule of the template, in template order, whose name the heading says in other words
   * (`namesSameSection`): folded on first use only, since most headings match by pattern.
   */
  get byName(): readonly SectionRule[] {
    this.sameName ??= rulesNamedInOtherWords(this.namedRules, this.text);
    return this.sameName;
  }

  /** The rules the heading names: by their patterns, or failing all, by the same name in other words. */
  get named(): readonly SectionRule[] {
    return this.byPattern.length > 0 ? this.byPattern : this.byName;
  }
}

const readings = new WeakMap<GuideSchema, TextMemo<HeadingReading>>();

/** The reading of a heading (null: the root's) in a schema. */
export function readHeading(schema: GuideSchema, heading: Heading | null): HeadingReading {
  let memo = readings.get(schema);
  if (memo === undefined) {
    memo = new TextMemo<HeadingReading>();
    readings.set(schema, memo);
  }
  return memo.get(heading?.text ?? '', (raw) => {
    const text = headingMatchText(raw);
    const namedRules = indexSchema(schema).namedRules;
    return new HeadingReading(text, namedRules.filter((rule) => testOf(rule)(text)), namedRules);
  });
}
