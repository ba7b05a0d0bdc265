/**
 * The compiler's intermediate representation: what each pass hands to the next (DESIGN §2). The
 * passes under `passes/` depend on these types, never on each other:
 *
 *   Outline ─read─▶ TemplateDoc ─annotate─▶ Annotated ─classify─▶ Classified ─infer─▶ Typed ─build─▶ GuideSchema ─validate─▶ GuideSchema
 *
 * Nodes are made once by `read`, each text scanned once and each comment attached once; later
 * passes add side tables indexed by node id (as TypeScript's checker keeps NodeLinks), so a fact is
 * derived once and looked up after.
 */
import type { CodeBlock, Comment, Heading, Label, Outline, Section, TaskItem } from '../outline/types.js';
import type { NumberedText } from './numbered.js';
import type { InlineScan, Placeholder, ScanOptions } from './placeholders.js';
import type { FieldRule, FieldType, GuideSchema, MetadataRule } from './schema.js';

/** The template's H1. */
export interface TitleNode {
  kind: 'title';
  id: number;
  heading: Heading;
  placeholders: Placeholder[];
  commentsAfter: Comment[];
}

/** A template heading below the title: a section. */
export interface HeadingNode {
  kind: 'heading';
  id: number;
  section: Section;
  heading: Heading;
  /**
   * The heading text without an optionality marker at its end (`(optional)`, `[optional]`,
   * `- optional`, `(if applicable)`): the section's name, which the heading's placeholders,
   * numbering and pattern are read from.
   */
  name: string;
  /** The marker as written, or null. */
  marker: string | null;
  /** The heading's own section's heading node, or null at the top. */
  parent: number | null;
  /** Its child headings' node ids, in order. */
  children: number[];
  /** Its body's task items, labels and code blocks, as node ids. */
  body: number[];
  /** The name's placeholders (heading scan: ids and file names are holes too). */
  placeholders: Placeholder[];
  /** Only placeholders, no word outside them: a free slot. */
  placeholderOnly: boolean;
  numbered: NumberedText | null;
  /** The words after the number hold a placeholder. */
  numberedHasPlaceholder: boolean;
  /** The comments standing right after the heading (its first ones). */
  commentsAfter: Comment[];
  /** The comment standing alone right before the heading, unless it speaks about the section above. */
  commentBefore: Comment | null;
  /** The body's first content block, when it is a paragraph. */
  lead: LeadParagraph | null;
}

export interface LeadParagraph {
  text: string;
  line: number;
  placeholders: Placeholder[];
  /** Only placeholders, no word outside them. */
  onlyPlaceholders: boolean;
  /** It is the body's only content block. */
  alone: boolean;
}

/** A metadata field of the template: a frontmatter key, a `**Key:** value` line or a `- Key: value` item. */
export interface FieldNode {
  kind: 'field';
  id: number;
  form: MetadataRule['form'];
  key: string;
  /** The value as the template writes it, HTML comments removed. */
  value: string;
  line: number;
  /** The comments standing right after the field's line (body forms). */
  commentsAfter: Comment[];
  /** A YAML `#` comment above the key (frontmatter), in order. */
  yamlComments: string[];
  /** The YAML comment after the value on the key's own line (frontmatter), without its `#`; null when none. */
  trailingComment: string | null;
  /** The samples listed under a key with no value of its own (`- "@janedoe"`), unquoted; null when none. */
  items: string[] | null;
}

export interface TaskItemNode {
  kind: 'taskItem';
  id: number;
  owner: number;
  item: TaskItem;
  hasPlaceholder: boolean;
}

export interface LabelNode {
  kind: 'label';
  id: number;
  owner: number;
  label: Label;
  hasPlaceholder: boolean;
  numbered: NumberedText | null;
  /** What the label introduces: the rest of its line, or the paragraph's next line. */
  value: string;
  valuePlaceholders: Placeholder[];
}

export interface CodeNode {
  kind: 'code';
  id: number;
  owner: number;
  block: CodeBlock;
  /** The block's whole content is one placeholder. */
  onlyPlaceholder: Placeholder | null;
  /** A checklist written as `☐` lines in an untagged or plain-text block. */
  checklist: boolean;
}

export type TemplateNode = TitleNode | HeadingNode | FieldNode | TaskItemNode | LabelNode | CodeNode;
export type NodeKind = TemplateNode['kind'];

/** One source line's scan, for the placeholder list. */
export interface LineScan {
  line: number;
  scan: InlineScan;
  code: boolean;
}

/** The `read` pass's output: the template as nodes. */
export interface TemplateDoc {
  name: string;
  outline: Outline;
  nodes: TemplateNode[];
  title: TitleNode | null;
  /** The heading nodes at the top (under the title, or at level 1 when there is none). */
  top: number[];
  fields: FieldNode[];
  /** For body texts: links through the template's reference definitions are not placeholders. */
  bodyScan: ScanOptions;
  /** Every source line's placeholders and links (comments masked), for the placeholder list. */
  lineScans: LineScan[];
}

/**
 * Where a hint comes from, strongest first (DESIGN §2b): the config, an annotation comment, prose
 * and comment hints, heading and value markers.
 */
export type HintSource = 'config' | 'annotation' | 'prose' | 'marker';

export type HintFact =
  | { kind: 'optional' }
  | { kind: 'required' }
  | { kind: 'repeat'; min: number; max: number | null }
  | { kind: 'any-heading' }
  | { kind: 'closed' }
  /** A heading whose placeholder shows an example (`[Aspect 1: e.g., API Design]`): its body requires nothing. */
  | { kind: 'example' }
  /** A numbered sample entry to copy (`#### Scenario 1:`): its series is an optional series of examples. */
  | { kind: 'example-entry' }
  /** The body only points at another member (`[Same structure as …]`). */
  | { kind: 'reference' }
  | { kind: 'type'; type: FieldType }
  /** Words of the title that stand for text to write (`Title` in `# ADR-NNNN Title`), at offsets of its text. */
  | { kind: 'hole'; start: number; end: number };

/** What one reader says about one node, and why (the hint's words, for `compile --format text`). */
export type Hint = HintFact & { source: HintSource; line: number; why: string };

/** Reads one kind of hint off the nodes it knows (the plug-in point: one reader per file in `hints/`). */
export interface HintReader {
  /** The reader's name, as reasons show it. */
  id: string;
  kinds: readonly NodeKind[];
  /** Pure; throws a TemplateError for a malformed directive. */
  read(node: TemplateNode, doc: TemplateDoc): Hint[];
}

/** The `annotate` pass's output: every node's hints, `hints[node.id]`. */
export interface Annotated {
  doc: TemplateDoc;
  hints: ReadonlyArray<readonly Hint[]>;
}

/** How sibling headings are grouped into section rules. */
export type GroupKind = 'literal' | 'slot' | 'series';

export interface Group {
  kind: GroupKind;
  /** Heading node ids, in order (one for a literal). */
  members: number[];
  /** A series' numbering, read off its first member. */
  numbered: NumberedText | null;
  /** For messages and config keys: the heading text, a slot's first heading, a series' `Phase {n}`. */
  display: string;
  /** The members' heading texts. */
  memberTexts: string[];
  /** Unique among siblings: the heading text, or the series' display, with ` (2)` … for repeats. */
  name: string;
  /** The id path from the top: `Architecture > Components`. */
  id: string;
  /** Child groups: a literal's children, or one list per member a slot or series takes children from. */
  children: Group[][];
}

/** The `classify` pass's output: the heading tree grouped into literals, slots and series. */
export interface Classified extends Annotated {
  /** The top-level groups. */
  groups: Group[];
  /** Task items of a checklist of alternatives (an `Other` item): no single item is required. */
  choiceItems: ReadonlySet<number>;
}

/** A decided fact and the reason for it (the hint that decided, or the default). */
export interface Decided<T> {
  value: T;
  why: string;
}

export interface SectionFacts {
  required: Decided<boolean>;
  min: number;
  max: number | null;
  anyHeading: boolean;
  closed: boolean;
}

export interface FieldFacts {
  required: Decided<boolean>;
  type: FieldType;
  /** What only the config says: pattern, lengths, conditions. */
  constraints: FieldConstraints;
}

export type FieldConstraints = Pick<FieldRule, 'pattern' | 'minLength' | 'maxLength' | 'requiredIf' | 'allowedIf'>;

/** A field the config names and the template does not: a known field too (DESIGN §5, Fields). */
export interface ConfigOnlyField {
  key: string;
  facts: FieldFacts;
}

/** Series a task item may name (`Phase 4 implemented`): the item is then required only with that member. */
export interface WhenMember {
  series: string;
  number: string;
}

/** How the title reads (DESIGN §2b.3). */
export interface TitleFacts {
  /** A title with no placeholder is a sample (`# Feature name`): any H1 replaces it. */
  sample: Decided<boolean>;
  /** Words read as holes besides the placeholders, at offsets of the title's text, in order. */
  holes: ReadonlyArray<{ start: number; end: number }>;
}

/** The `infer` pass's output: the one place hints became facts. */
export interface Typed extends Classified {
  /** Null when the template has no title. */
  title: TitleFacts | null;
  sections: ReadonlyMap<Group, SectionFacts>;
  fields: ReadonlyMap<number, FieldFacts>;
  /** Fields the config names that the template has not, in the config's order. */
  configFields: readonly ConfigOnlyField[];
  /** The config's `fieldOrder`, or null. */
  fieldOrder: readonly string[] | null;
  /** Heading nodes whose body requires nothing (example) or that take another member's body (reference). */
  examples: ReadonlySet<number>;
  references: ReadonlySet<number>;
  /** Task item, label and code nodes: required (items, labels) or setting a rule (code). */
  required: ReadonlyMap<number, Decided<boolean>>;
  whenMember: ReadonlyMap<number, WhenMember>;
  /** `<!-- guidelint: closed -->` right after the title: no unknown top-level section. */
  documentClosed: boolean;
  /** `<!-- guidelint: closed -->` right after the metadata block (or one of its lines): no unknown field. */
  fieldsClosed: boolean;
  /** Series of sample entries (`#### Scenario 1:`). */
  exampleSeries: ReadonlySet<Group>;
  /** Each config section key, with the groups it named. */
  usedOverrides: ReadonlyMap<string, readonly Group[]>;
}

/** The `build` pass's output: the schema, and which sections each config override named. */
export interface Built {
  schema: GuideSchema;
  /** Each config section key with the ids of the section rules it named (none: an unknown key). */
  overrides: ReadonlyMap<string, readonly string[]>;
}

/** What the config says about a template's section (DESIGN §5, `sections:`): its strongest hints. */
export interface SectionOverride {
  /** true: the section may be left out; false: it is required. */
  optional?: boolean;
  /** The least number of sections matching this rule when present; 0 also makes it optional. */
  min?: number;
  /** The greatest number of sections matching this rule; null for no limit. */
  max?: number | null;
  /** Any heading text at this level fills the section. */
  anyHeading?: boolean;
  /** No unknown section may appear below this one. */
  closed?: boolean;
}

/** The field types the config may set (an enum is set by `values`). */
export type ConfigFieldType = 'text' | 'date' | 'link' | 'url' | 'email' | 'integer' | 'list';

/** What the config says about one metadata field (DESIGN §5, Fields), in the compiler's own terms. */
export interface FieldOverride {
  optional?: boolean;
  /** An enum: exactly one of these (case-insensitive). */
  values?: readonly string[];
  type?: ConfigFieldType;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  /** By field key: the value, or one of the values, that field must hold. */
  requiredIf?: Readonly<Record<string, string | readonly string[]>>;
  allowedIf?: Readonly<Record<string, string | readonly string[]>>;
}

export interface ExternalHints {
  /** By section name: heading text, id path, or a series' `Prefix {n}`. */
  sections: Readonly<Record<string, SectionOverride>>;
  /** By field key (case-insensitive; spaces, `-` and `_` equal). */
  fields?: Readonly<Record<string, FieldOverride>>;
  /** The order fields must keep (rule `field-order`), by key; default: the template's. */
  fieldOrder?: readonly string[];
}
