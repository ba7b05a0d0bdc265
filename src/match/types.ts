/**
 * The match: how a document's section tree lines up with a schema's section rules. The matcher
 * builds it once per document; every rule reads it instead of re-deriving the alignment.
 */

import type { Outline, Section } from '../outline/types.js';
import type { GuideSchema, SectionRule } from '../template/schema.js';

/** A series member's number, read from its heading. */
export interface MemberNumber {
  /** The number as written: `3`, `B`, `1.2`, `3-5`. */
  label: string;
  /** The running value: the number, the letter's rank (A = 1), a dotted number's last part, a range's start. */
  first: number;
  /** A range's end; equal to `first` for every other numbering. */
  last: number;
}

/** A document section matched to a section rule. */
export interface SectionMatch {
  rule: SectionRule;
  section: Section;
  /** The scope the section was matched in (its parent rule's section, or the top scope). */
  scope: Scope;
  /** The rule's position among its siblings in template order. */
  ruleIndex: number;
  /** For a series member: its number (null when the heading holds none the matcher can read). */
  member: MemberNumber | null;
  /**
   * True when the heading's level differs from the rule's: it would sit under the right parent with
   * the template's level (`### Security` inside `## Performance` where the template has `## Security`).
   */
  levelMismatch: boolean;
  /**
   * No content and no subsections, neither in the document's tree nor matched in its scope (an
   * HTML comment alone is no content; a subsection written a level too high still counts).
   */
  empty: boolean;
  /** The scope of the section's own children, matched against the rule's children. */
  children: Scope;
}

/**
 * A document section whose children are matched against a list of sibling rules: the top scope
 * (the title section, or the root when the document has no H1) or a matched section.
 */
export interface Scope {
  section: Section;
  /** The match that owns this scope; null for the top scope. */
  owner: SectionMatch | null;
  /** The sibling rules, in template order. */
  rules: readonly SectionRule[];
  /** Per rule (same order as `rules`), the sections matched to it, in document order. */
  byRule: SectionMatch[][];
  /** Every section matched in this scope, in document order. */
  matched: SectionMatch[];
  /** No unknown sections are allowed here (`<!-- guidelint: closed -->`). */
  closed: boolean;
}

/**
 * A section that names a template section missing in its own place, at the section's level or one
 * level off, but stands under another parent. (Two or more levels deeper, it is that other
 * section's own subsection, and unknown.)
 */
export interface MisplacedSection {
  section: Section;
  rule: SectionRule;
  /**
   * The section it would belong to at the template's level (its parent, unless its level is off);
   * the root when nothing before it would hold it, e.g. when it stands before the title.
   */
  foundUnder: Section;
}

/**
 * A heading the template does not name, standing in the place of a required section that is
 * missing, with a name close to the section's (`## Future Posibilities` for `## Future possibilities`).
 */
export interface NearMiss {
  section: Section;
  /** The scope the missing section belongs to. */
  scope: Scope;
  rule: SectionRule;
}

/** A section the template does not name. Only the outermost unknown section of a subtree is listed. */
export interface UnknownSection {
  section: Section;
  /** The scope it stands in, or null when it stands outside every scope. */
  scope: Scope | null;
  /** Its scope is closed: the template allows no unknown section there. */
  closed: boolean;
}

export interface TitleMatch {
  /** Every H1 of the document, in order. */
  headings: Section[];
  /** The frontmatter's `title:` value, when it is a non-empty string. */
  frontmatterTitle: string | null;
}

export interface DocumentMatch {
  outline: Outline;
  schema: GuideSchema;
  title: TitleMatch;
  /** The scope of the template's top-level sections. */
  top: Scope;
  /** Every matched section, in document order. */
  sections: SectionMatch[];
  /** Every scope (the top scope first, then one per matched section, in document order). */
  scopes: Scope[];
  misplaced: MisplacedSection[];
  /** In document order; a near miss is neither misplaced nor unknown. */
  nearMisses: NearMiss[];
  unknown: UnknownSection[];
}
