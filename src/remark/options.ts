/**
 * What a remark config may give the preset and each rule plugin, read as remark-lint reads a
 * rule's: the options alone (`[plugin, { template: 'design-doc' }]`), or the severity tuple
 * (`[plugin, ['warn', { template: 'design-doc' }]]`, `[plugin, 'off']`, `[plugin, 2]`). Anything
 * else is an OptionError, whose one-line message remark-cli prints, never a silent no-op.
 */
import { closestMatch } from '../config/errors.js';
import { RULE_IDS, type RuleId, type SeverityName } from '../lint/types.js';
import type { GuideSchema } from '../template/schema.js';

/** A severity as remark-lint has it; `'on'` (and a plain `use`) keeps guidelint's own. */
export type Level = SeverityName | 'on';

export class OptionError extends Error {
  override name = 'OptionError';
}

/** Where the findings come from: the config (without `template` and `schema`), or one template for every file. */
export interface Source {
  /** A built-in template name or a template path, relative to `cwd`. */
  template?: string;
  /** A compiled template, instead of `template`. */
  schema?: GuideSchema;
  /** What template paths (and, without a template, the config search) start from; the working directory by default. */
  cwd?: string;
}

export interface RuleSettings {
  level: Level;
  source: Source;
}

export interface PresetOptions extends Source {
  /** Levels by rule id (`'off'`, `'warn'`, `'error'`, 0–2, or the tuple `['warn']`), over the preset's. */
  rules?: Partial<Record<RuleId, Level | 0 | 1 | 2 | boolean | [Level | 0 | 1 | 2 | boolean]>>;
}

export interface PresetSettings {
  level: Level;
  source: Source;
  rules: Partial<Record<RuleId, Level>>;
}

const LEVELS = new Map<unknown, Level>([
  [false, 'off'],
  [0, 'off'],
  ['off', 'off'],
  [true, 'on'],
  ['on', 'on'],
  [1, 'warn'],
  ['warn', 'warn'],
  [2, 'error'],
  ['error', 'error'],
]);

const SOURCE_KEYS = ['template', 'schema', 'cwd'] as const;

/** A rule plugin's `[level, options]`, level alone, or options alone; an OptionError for anything else. */
export function readRuleSettings(config: unknown, ruleId: RuleId): RuleSettings | OptionError {
  // The preset passes on what was wrong with its own options.
  if (config instanceof OptionError) return config;
  return caught(() => {
    const what = `guidelint rule "${ruleId}"`;
    const [level, options] = splitTuple(config, what);
    return { level, source: readSource(options, what, SOURCE_KEYS) };
  });
}

/** The preset's `[level, options]`, level alone, or options alone; an OptionError for anything else. */
export function readPresetSettings(config: unknown): PresetSettings | OptionError {
  return caught(() => {
    const what = 'guidelint preset';
    const [level, options] = splitTuple(config, what);
    const source = readSource(options, what, [...SOURCE_KEYS, 'rules']);
    const given = options === undefined || options === null ? undefined : (options as PresetOptions).rules;
    return { level, source, rules: readRuleLevels(given, what) };
  });
}

function caught<T>(read: () => T): T | OptionError {
  try {
    return read();
  } catch (error) {
    if (error instanceof OptionError) return error;
    throw error;
  }
}

function splitTuple(config: unknown, what: string): [Level, unknown] {
  if (Array.isArray(config)) {
    if (config.length === 0 || config.length > 2) {
      throw new OptionError(`${what}: expected [severity, options], got an array of ${config.length}`);
    }
    return [readLevel(config[0], what), config[1]];
  }
  if (config === null || config === undefined) return ['on', undefined];
  if (typeof config === 'object') return ['on', config];
  return [readLevel(config, what), undefined];
}

function readLevel(value: unknown, what: string): Level {
  const level = LEVELS.get(value);
  if (level === undefined) {
    throw new OptionError(`${what}: unknown severity ${JSON.stringify(value)}: expected "off", "warn", "error", "on", 0, 1 or 2`);
  }
  return level;
}

function readSource(options: unknown, what: string, keys: readonly string[]): Source {
  if (options === undefined || options === null) return {};
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new OptionError(`${what}: expected options as an object, got ${JSON.stringify(options)}`);
  }
  const record = options as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (keys.includes(key)) continue;
    const near = closestMatch(key, keys);
    throw new OptionError(`${what}: unknown option "${key}"${near ? ` (did you mean "${near}"?)` : ''}; known: ${keys.join(', ')}`);
  }
  for (const key of ['template', 'cwd'] as const) {
    const value = record[key];
    if (value !== undefined && (typeof value !== 'string' || value === '')) {
      throw new OptionError(`${what}: "${key}" must be a non-empty string, got ${JSON.stringify(value)}`);
    }
  }
  if (record['schema'] !== undefined && (typeof record['schema'] !== 'object' || record['schema'] === null)) {
    throw new OptionError(`${what}: "schema" must be a compiled template (an object)`);
  }
  if (record['template'] !== undefined && record['schema'] !== undefined) {
    throw new OptionError(`${what}: give "template" or "schema", not both`);
  }
  const { template, schema, cwd } = record as Source;
  return { ...(template === undefined ? {} : { template }), ...(schema === undefined ? {} : { schema }), ...(cwd === undefined ? {} : { cwd }) };
}

function readRuleLevels(given: unknown, what: string): Partial<Record<RuleId, Level>> {
  if (given === undefined) return {};
  if (typeof given !== 'object' || given === null || Array.isArray(given)) {
    throw new OptionError(`${what}: "rules" must map rule ids to severities, got ${JSON.stringify(given)}`);
  }
  const levels: Partial<Record<RuleId, Level>> = {};
  for (const [id, value] of Object.entries(given)) {
    if (!(RULE_IDS as readonly string[]).includes(id)) {
      const near = closestMatch(id, RULE_IDS);
      throw new OptionError(`${what}: "rules" names no rule "${id}"${near ? ` (did you mean "${near}"?)` : ''}`);
    }
    const tuple: unknown[] = Array.isArray(value) ? value : [value];
    if (tuple.length !== 1) throw new OptionError(`${what}: rule "${id}" takes a severity, or [severity], not options`);
    levels[id as RuleId] = readLevel(tuple[0], `${what}, rule "${id}"`);
  }
  return levels;
}
