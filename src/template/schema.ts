/**
 * The GuideSchema: what a template compiles to. Plain JSON (no functions, no RegExp objects) so it
 * can be cached, printed by `guidelint compile`, diffed and committed.
 *
 * Patterns are regular-expression sources used with the flags `iu` against *normalized* text
 * (see `normalizeForMatch` in `src/template/text.ts`): lower-cased, emphasis and code markers
 * dropped, whitespace collapsed, trailing colons removed.
 */

export const SCHEMA_VERSION = 1;

export interface GuideSchema {
  schemaVersion: typeof SCHEMA_VERSION;
  /** The template's name: a built-in name, a configured name, or the file's base name. */
  template: string;
  /** The H1 the document must have, or null when the template has none. */
  title: TitleRule | null;
  metadata: MetadataRule | null;
  /** The sections under the title (or at the top, when the template has no H1), in template order. */
  sections: SectionRule[];
  /** True when no unknown top-level section is allowed (`<!-- guidelint: closed -->`). */
  closed: boolean;
  /** Template text that must not be left in a document. */
  placeholders: PlaceholderRule[];
}

export interface TextPattern {
  /** The template's text for messages, as written there (placeholders included). */
  display: string;
  /** Regular-expression source, flags `iu`, anchored, matched against normalized text. */
  pattern: string;
}

export interface TitleRule extends TextPattern {
  /** Template line of the H1. */
  line: number;
  /** Why the compiler read it so, when a hint decided (`sample: sample title "Feature name" (line 1)`). */
  why?: string[];
}

export interface MetadataRule {
  /** How the template writes its metadata; `--fix` writes missing fields the same way. */
  form: 'bold' | 'blockquote' | 'list' | 'frontmatter' | 'table';
  line: number;
  fields: FieldRule[];
  /** The config's `fieldOrder` (keys as it writes them), for `field-order`; absent: the order of `fields`. */
  order?: string[];
  /** True when no unknown field is allowed (`<!-- guidelint: closed -->` after the metadata block); absent: false. */
  closed?: true;
}

export interface FieldRule {
  /** The key as the template writes it: `Last Updated`. */
  key: string;
  required: boolean;
  type: FieldType;
  /** The template's value as written, `(optional)` marker included: used by `--fix`. */
  templateValue: string;
  /** Template line of the field; 0 for a field the config names and the template does not. */
  line: number;
  /** Why the compiler read it so, when a hint decided (`optional: heading marker "[optional]" (line 12)`); absent for the default. */
  why?: string[];
  /** From the config: a regular expression (flag `u`) the value must match. */
  pattern?: string;
  /** From the config: bounds on the value's length, in characters. */
  minLength?: number;
  maxLength?: number;
  /** From the config: the field is required (though `required` is false) when these fields hold one of these values. */
  requiredIf?: FieldCondition;
  /** From the config: the field may be present only when these fields hold one of these values. */
  allowedIf?: FieldCondition;
}

/** Field keys (as the config writes them) and the values, any of which satisfies each; all keys must hold. */
export type FieldCondition = Record<string, string[]>;

export type FieldType =
  | { kind: 'enum'; values: string[] }
  /** A real calendar date: ISO `YYYY-MM-DD`, or also `format` when the template asks for another. */
  | { kind: 'date'; format?: DateFormat }
  | { kind: 'link' }
  /** At least one item: a YAML sequence, or items separated by commas. */
  | { kind: 'list' }
  /** An absolute URL: bare, as an autolink, or as a Markdown link's destination. */
  | { kind: 'url' }
  | { kind: 'email' }
  | { kind: 'integer' }
  | { kind: 'text' };

/** The date formats a template may ask for; ISO dates are accepted whatever the format. */
/** `any`: the template names no format (`[Date]`): ISO, or a day written `M/D/YYYY`, `D/M/YYYY` or `Month D, YYYY`. */
export type DateFormat = 'YYYY-MM-DD' | 'MM/DD/YYYY' | 'DD/MM/YYYY' | 'YYYY/MM/DD' | 'YYYYMMDD' | 'Month DD, YYYY' | 'any';

export type SectionKind =
  /** A heading of fixed words (placeholders inside it are holes). */
  | 'literal'
  /** Adjacent sibling headings that are only placeholders: one or more sections of any name. */
  | 'slot'
  /** Numbered headings folded into one repeating rule (`Phase {n}`, `Step {n}`, `Day {a}-{b}`). */
  | 'series';

export interface SectionRule extends TextPattern {
  /** Stable id for messages and config overrides: the display path, `Architecture > Components`. */
  id: string;
  kind: SectionKind;
  level: number;
  /** False when the template marks the section optional. */
  required: boolean;
  /** How many sections may match this rule. A literal: 1..1; a slot or series: 1..null (unbounded). */
  min: number;
  max: number | null;
  series: SeriesRule | null;
  /** True for `<!-- guidelint: any-heading -->` and for slots: any heading text fills it. */
  anyHeading: boolean;
  children: SectionRule[];
  body: BodyRule;
  /** No unknown child sections below this one (`<!-- guidelint: closed -->`). */
  closed: boolean;
  /**
   * Set when the template gives the section no content and no subsections: only guidance in HTML
   * comments (`comment`), or nothing (`none`). A document keeping that guidance is not an empty
   * section, since the template itself shows no more.
   */
  guidance?: 'comment' | 'none';
  /** Template line of the (first) heading. */
  line: number;
  /**
   * The template's text for this section, which `--fix` writes when it is missing. Absent from
   * schemas compiled before it was added: the fix then writes the heading alone.
   */
  insert?: SectionInsert;
  /** Why the compiler read it so, when a hint decided (`optional: heading marker "[optional]" (line 12)`); absent for the default. */
  why?: string[];
}

/** A template section's own text: its heading line and its body, as the template writes them. */
export interface SectionInsert {
  /** The (first member's) heading as an ATX line: `#### Component 1: [Name]`. */
  heading: string;
  /**
   * The body before the first child heading, lines joined with "\n", without the blank lines,
   * HTML comments and thematic breaks (`---`) that open or close it; empty when there is none.
   */
  body: string;
}

export interface SeriesRule {
  /**
   * How members are numbered. `dotted`: only the last part runs (`1.1`, `1.2`); `range`:
   * `Day 1-2`, `Day 3-5`, must start at 1 and never go backwards, no gap check.
   */
  numbering: 'number' | 'letter' | 'dotted' | 'range';
  /** The literal prefix before the number, as written (may be empty): `Phase`, `Common Issue`. */
  prefix: string;
  /** The template's member headings, for messages: `Phase 1: Foundation (Week 1-2)`. */
  members: string[];
  /** Sample entries to copy (`#### Scenario 1:`): any number, numbered as the document likes. */
  examples?: true;
}

export interface BodyRule {
  tasks: TaskRule | null;
  tables: TableRule[];
  labels: LabelRule[];
  code: CodeRule | null;
}

export interface TaskRule {
  /** Literal items that must be present (checked or not). */
  items: TaskItemRule[];
  /** The template had placeholder items: at least one task item must be here. */
  atLeastOne: boolean;
  line: number;
}

export interface TaskItemRule extends TextPattern {
  /** The leading words the pattern was written from, lower-cased: the matcher compares them without the RegExp. */
  words: string[];
  required: boolean;
  /**
   * The item names a series member (`Phase 4 implemented and tested`): required only when a
   * section of that series with that number exists in the document.
   */
  whenMember: { series: string; number: string } | null;
  line: number;
  /** Why the compiler read it so, when a hint decided (`optional: heading marker "[optional]" (line 12)`); absent for the default. */
  why?: string[];
}

export interface TableRule {
  /** Required header columns, in order (extra columns are allowed). */
  columns: string[];
  /** Columns whose cells must hold ISO dates. */
  dateColumns: string[];
  line: number;
}

export interface LabelRule extends TextPattern {
  required: boolean;
  line: number;
  /** Why the compiler read it so, when a hint decided (`optional: heading marker "[optional]" (line 12)`); absent for the default. */
  why?: string[];
}

export interface CodeRule {
  /** The block must carry a language tag (any language). */
  lang: boolean;
  line: number;
}

export interface PlaceholderRule {
  /**
   * The exact text as the template has it: `[Describe the problem …]`, `<Component Name>`,
   * `YYYY-MM-DD`; for template text that is not a placeholder (DESIGN §2b.8), the sample title, the
   * sample value or the sentence of guidance.
   */
  text: string;
  /**
   * `anywhere`: in prose (and, with `inCode`, in code);
   * `structured`: only in headings, metadata values and table cells (date and id tokens);
   * `title`: a sample title, only as a whole H1 or a whole `title` field;
   * `value`: a sample value (`@janedoe`), only in metadata values;
   * `sentence`: a sentence of the template's guidance, only as a whole sentence of a document's
   * paragraph, compared by `sentenceKey` (`src/template/text.ts`), not as text.
   */
  scope: 'anywhere' | 'structured' | 'title' | 'value' | 'sentence';
  /** Also counts inside code (fenced, indented, inline): template placeholders of two or more words. */
  inCode: boolean;
  /** `<Word>` placeholders match case-sensitively. */
  caseSensitive: boolean;
  /** Template line of its first occurrence. */
  line: number;
}
