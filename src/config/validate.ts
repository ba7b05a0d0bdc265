/**
 * Checks parsed config data against the JSON schema and the project's own rules, and normalizes it.
 * The schema is the published one (schema/guidelintrc.schema.json); its validator is generated from
 * it at development time (scripts/config-validator.mjs), so validating a config loads no ajv.
 */

import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AnySchemaObject, ErrorObject } from 'ajv';
import type { SeverityName } from '../lint/types.js';
import { globProblem, quotedGlob } from '../files/glob-limits.js';
import { validate } from './config-validator.generated.js';
import { ConfigError, formatKeyPath, locatedMessage, type KeyPath } from './errors.js';
import { packageRoot } from './package-root.js';
import { describeSchemaErrors } from './schema-errors.js';
import { isBuiltinTemplate, looksLikeTemplatePath, parseTemplateRef, unknownTemplateMessage } from './templates.js';
import type { FieldOverride } from '../template/compile.js';
import type {
  DocumentsEntry,
  FieldOverrides,
  GuidelintConfig,
  RuleOptions,
  RuleSeverities,
  SectionOverride,
  WhenClause,
  SectionOverrides,
  TemplateEntry,
} from './types.js';

/** Validates config data; on failure, `errors` holds ajv's errors (verbose: each with its schema node). */
export interface ConfigValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export const configValidator: ConfigValidator = validate;

export function configJsonSchemaPath(): string {
  return join(packageRoot(), 'schema', 'guidelintrc.schema.json');
}

/** The schema itself, which error messages read to say what was expected: read only when a config fails. */
function configJsonSchema(): AnySchemaObject {
  return JSON.parse(readFileSync(configJsonSchemaPath(), 'utf8')) as AnySchemaObject;
}

export interface ValidationContext {
  /** How messages name the config file (see `displayPath`). */
  label: string;
  /** Where the config sits in the file: `['guidelint']` in package.json. */
  keyPath: KeyPath;
  /** The config file's folder: template paths are relative to it. */
  dir: string;
  /** Whether a file exists there (injected so the checks stay testable without a disk). */
  isFile: (path: string) => boolean;
}

/** The config as the schema admits it, before normalization. */
type RawSeverity = SeverityName | 0 | 1 | 2;
/** A severity, or ESLint's `[severity]` / `[severity, options]`. */
type RawRuleEntry = RawSeverity | [RawSeverity] | [RawSeverity, Record<string, unknown>];
type RawRules = Record<string, RawRuleEntry>;
interface RawWhen {
  fields: Record<string, string | string[]>;
  severity?: 'warn' | 'error';
  rules?: RawRules;
  sections?: SectionOverrides;
  fieldOverrides?: FieldOverrides;
}
type RawTemplate =
  | string
  | { path: string; rules?: RawRules; sections?: SectionOverrides; fields?: FieldOverrides; fieldOrder?: string[] };
interface RawConfig {
  templates?: Record<string, RawTemplate>;
  documents?: { files: string | string[]; template: string; when?: RawWhen[] }[];
  rules?: RawRules;
  ignore?: string[];
  detect?: boolean;
}

const SEVERITY_NAMES: readonly SeverityName[] = ['off', 'warn', 'error'];

export function defaultConfig(): GuidelintConfig {
  return { templates: {}, documents: [], rules: {}, ruleOptions: {}, ignore: [], detect: false };
}

export function validateConfig(data: unknown, context: ValidationContext): GuidelintConfig {
  if (!configValidator(data)) {
    const { path, problem } = describeSchemaErrors(configValidator.errors ?? [], data, configJsonSchema());
    throw new ConfigError(locatedMessage(context.label, [...context.keyPath, ...path], problem));
  }
  const raw = data as RawConfig;
  const fail = (path: KeyPath, problem: string): never => {
    throw new ConfigError(locatedMessage(context.label, [...context.keyPath, ...path], problem));
  };

  const templates = Object.fromEntries(
    Object.entries(raw.templates ?? {}).map(([name, value]): [string, TemplateEntry] => {
      if (looksLikeTemplatePath(name)) {
        fail(['templates', name], `expected a template name; the path goes in the value (templates.<name>: "${name}")`);
      }
      const written = typeof value === 'string' ? value : value.path;
      const path = resolve(context.dir, written);
      if (!context.isFile(path)) {
        fail(typeof value === 'string' ? ['templates', name] : ['templates', name, 'path'], `template file not found: ${written}`);
      }
      const own = typeof value === 'string' ? { path: value } : value;
      const sections = own.sections ?? {};
      for (const [heading, override] of Object.entries(sections)) {
        const conflict = overrideConflict(override);
        if (conflict !== null) fail(['templates', name, 'sections', heading], conflict);
      }
      const fields = own.fields ?? {};
      for (const [key, override] of Object.entries(fields)) {
        const conflict = fieldConflict(override);
        if (conflict !== null) fail(['templates', name, 'fields', key, ...conflict.path], conflict.problem);
      }
      const rules = normalizeRules(own.rules ?? {});
      const entry: TemplateEntry = {
        path,
        rules: rules.severities,
        ruleOptions: rules.options,
        sections,
        fields,
        fieldOrder: own.fieldOrder ?? null,
        origin: `${context.label}: ${formatKeyPath([...context.keyPath, 'templates', name])}`,
      };
      return [name, entry];
    }),
  );

  const documents = (raw.documents ?? []).map((entry, index): DocumentsEntry => {
    const ref = parseTemplateRef(entry.template, context.dir, context.isFile);
    const key = ['documents', index, 'template'];
    if (ref.kind === 'name' && !Object.hasOwn(templates, ref.name) && !isBuiltinTemplate(ref.name)) {
      fail(key, unknownTemplateMessage(ref.name, { templates }));
    }
    if (ref.kind === 'path' && !context.isFile(ref.path)) fail(key, `template file not found: ${entry.template}`);
    const files = typeof entry.files === 'string' ? [entry.files] : entry.files;
    files.forEach((glob, position) => {
      const problem = globProblem(glob);
      if (problem !== null) fail(['documents', index, 'files', ...(typeof entry.files === 'string' ? [] : [position])], `glob ${quotedGlob(glob)} ${problem}`);
    });
    if (entry.when === undefined) return { files, template: entry.template };
    const when = entry.when.map((clause, position) => whenClause(clause, ['documents', index, 'when', position], fail));
    return { files, template: entry.template, when };
  });

  (raw.ignore ?? []).forEach((glob, index) => {
    const problem = globProblem(glob);
    if (problem !== null) fail(['ignore', index], `glob ${quotedGlob(glob)} ${problem}`);
  });

  const rules = normalizeRules(raw.rules ?? {});
  return {
    templates,
    documents,
    rules: rules.severities,
    ruleOptions: rules.options,
    ignore: raw.ignore ?? [],
    detect: raw.detect ?? false,
  };
}

function whenClause(raw: RawWhen, path: KeyPath, fail: (path: KeyPath, problem: string) => never): WhenClause {
  for (const [heading, override] of Object.entries(raw.sections ?? {})) {
    const conflict = overrideConflict(override);
    if (conflict !== null) fail([...path, 'sections', heading], conflict);
  }
  for (const [key, override] of Object.entries(raw.fieldOverrides ?? {})) {
    const conflict = fieldConflict(override);
    if (conflict !== null) fail([...path, 'fieldOverrides', key, ...conflict.path], conflict.problem);
  }
  const rules = normalizeRules(raw.rules ?? {});
  return {
    fields: Object.fromEntries(Object.entries(raw.fields).map(([key, values]) => [key, typeof values === 'string' ? [values] : values])),
    ...(raw.severity ? { severity: raw.severity } : {}),
    rules: rules.severities,
    ruleOptions: rules.options,
    sections: raw.sections ?? {},
    fieldOverrides: raw.fieldOverrides ?? {},
    origin: formatKeyPath(path),
  };
}

/** ESLint's forms are accepted: 0 off, 1 warn, 2 error, and `[severity, options]`. */
function normalizeRules(rules: RawRules): { severities: RuleSeverities; options: RuleOptions } {
  const severities: Record<string, SeverityName> = {};
  const options: Record<string, Record<string, unknown>> = {};
  for (const [id, entry] of Object.entries(rules)) {
    const [severity, ruleOptions] = Array.isArray(entry) ? entry : [entry];
    severities[id] = typeof severity === 'number' ? SEVERITY_NAMES[severity]! : severity;
    if (ruleOptions !== undefined) options[id] = ruleOptions;
  }
  return { severities: severities as RuleSeverities, options: options as RuleOptions };
}

/** Contradictions and patterns the schema cannot check, with the key they sit under. */
function fieldConflict(override: FieldOverride): { path: KeyPath; problem: string } | null {
  const { optional, values, type, pattern, minLength, maxLength, requiredIf } = override;
  if (values !== undefined && type !== undefined) return { path: ['type'], problem: '`values` makes the field an enum: leave out `type`' };
  if (optional === false && requiredIf !== undefined) {
    return { path: ['requiredIf'], problem: 'optional: false requires the field always: leave out `requiredIf`' };
  }
  if (minLength !== undefined && maxLength !== undefined && minLength > maxLength) {
    return { path: ['minLength'], problem: `minLength ${minLength} is more than maxLength ${maxLength}` };
  }
  if (pattern !== undefined) {
    try {
      new RegExp(pattern, 'u');
    } catch (error) {
      return { path: ['pattern'], problem: `not a regular expression: ${(error as Error).message}` };
    }
  }
  return null;
}

/** Contradictions the schema cannot express. */
function overrideConflict(override: SectionOverride): string | null {
  const { optional, min, max } = override;
  if (min !== undefined && typeof max === 'number' && min > max) return `min ${min} is more than max ${max}`;
  if (optional === false && min === 0) return 'min 0 makes the section optional, but optional is false';
  return null;
}
