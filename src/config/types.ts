/** The configuration model: what `loadConfig` returns once a config file is read and checked. */

import type { RuleId, SeverityName } from '../lint/types.js';
import type { FieldOverride, SectionOverride } from '../template/compile.js';

/** Severities the config sets, by rule id; rules it does not name keep their defaults. */
export type RuleSeverities = Partial<Record<RuleId, SeverityName>>;

/** Options the config gives rules (the second item of ESLint's `[severity, options]`), by rule id. */
export type RuleOptions = Partial<Record<RuleId, Readonly<Record<string, unknown>>>>;

/** What the config says of a template's metadata fields, by key as it writes them (DESIGN §5, Fields). */
export type FieldOverrides = Record<string, FieldOverride>;

/** The config's version of a template annotation, for one section (`sections:` in a template entry): the compiler's own type. */
export type { SectionOverride };

/** Overrides keyed by section heading text as the user wrote it (`"Step {n}"` names a series). */
export type SectionOverrides = Record<string, SectionOverride>;

/** A template defined in the config's `templates:`. */
export interface TemplateEntry {
  /** Absolute path of the template file. */
  path: string;
  rules: RuleSeverities;
  ruleOptions: RuleOptions;
  sections: SectionOverrides;
  fields: FieldOverrides;
  /** The order fields must keep (rule `field-order`), by key; null: the template's. */
  fieldOrder: string[] | null;
  /** Where the entry is defined, for messages: `.guidelintrc.yaml: templates.rfc`. */
  origin: string;
}

export interface DocumentsEntry {
  /** Globs relative to the config file's folder, as written. */
  files: string[];
  /** A template name (configured or built-in) or a path relative to the config file's folder, as written. */
  template: string;
  /** Overrides for the documents whose own metadata meets a condition, in order (absent: none). */
  when?: WhenClause[];
  /**
   * Set on an entry a parent config wrote (see `LoadedConfig.parents`): that config's file and the
   * entry's index in it. Its globs and template path are relative to that file's folder.
   */
  inherited?: { filePath: string; index: number };
}

/**
 * A `when:` clause of a documents entry (DESIGN §5): what changes for a document whose own
 * metadata holds these values.
 */
export interface WhenClause {
  /** By field key: the values, one of which the document's field must hold (case-insensitive); every key must hold. */
  fields: Record<string, string[]>;
  /** Every finding of the document gets this severity. */
  severity?: 'warn' | 'error';
  rules: RuleSeverities;
  ruleOptions: RuleOptions;
  sections: SectionOverrides;
  /** Field overrides, merged key by key over the template's `fields`. */
  fieldOverrides: FieldOverrides;
  /** Where the clause is written, for `--verbose`: `documents[0].when[1]`. */
  origin: string;
}

/** A checked config with every default filled in. */
export interface GuidelintConfig {
  templates: Record<string, TemplateEntry>;
  documents: DocumentsEntry[];
  rules: RuleSeverities;
  ruleOptions: RuleOptions;
  /** Globs relative to the config file's folder, as written. */
  ignore: string[];
  detect: boolean;
  /** `root: true`: the configs in the folders above do not apply (absent: they do). */
  root?: boolean;
}

/**
 * The config that applies to a folder's documents: the nearest config file, extending the configs
 * above it up to one with `root: true` (DESIGN §5, "Nested configs"). `config` holds the merged
 * settings; the own globs and paths are relative to `dir`, an inherited entry says where it is from.
 */
export interface LoadedConfig {
  config: GuidelintConfig;
  /** Absolute path of the nearest config file, or null when none was found. */
  filePath: string | null;
  /** The folder its own globs and template paths are relative to: the config file's, else the cwd. */
  dir: string;
  /** The config files it extends, nearest first; absent when it extends none. */
  parents?: ParentConfig[];
}

/** A config a nearer one extends, with what of it is not merged into the nearer one's settings. */
export interface ParentConfig {
  /** Absolute path of the config file. */
  filePath: string;
  /** Its `ignore:` globs, relative to its folder. */
  ignore: string[];
}
