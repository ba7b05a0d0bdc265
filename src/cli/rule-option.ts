/**
 * `--rule '<id>: <severity>'`, as ESLint's: severities for every file, over the config's top-level
 * and per-template `rules`. One value may set several (`'code-block: off, placeholder: warn'`).
 */
import { closestMatch } from '../config/errors.js';
import type { ConfigSource } from '../config/lookup.js';
import type { LoadedConfig, RuleSeverities } from '../config/types.js';
import { UserError } from '../engine/errors.js';
import { RULE_IDS, type RuleId, type SeverityName } from '../lint/types.js';

const SEVERITIES: Record<string, SeverityName> = { off: 'off', warn: 'warn', error: 'error', '0': 'off', '1': 'warn', '2': 'error' };

/** Reads the `--rule` values, later ones winning. Throws a UserError naming what is wrong. */
export function parseRuleOptions(values: readonly string[]): RuleSeverities {
  const severities: RuleSeverities = {};
  for (const value of values) {
    const pairs = value.trim().replace(/^\{([\s\S]*)\}$/u, '$1').split(',');
    for (const pair of pairs) {
      const [id, severity, ...rest] = pair.split(':').map((part) => part.trim().replace(/^["']|["']$/gu, ''));
      if (id === undefined || severity === undefined || rest.length > 0 || id === '') {
        throw new UserError(`--rule takes '<rule-id>: <severity>', got "${value}"`);
      }
      severities[ruleId(id)] = severityOf(id, severity);
    }
  }
  return severities;
}

function ruleId(id: string): RuleId {
  if ((RULE_IDS as readonly string[]).includes(id)) return id as RuleId;
  const closest = closestMatch(id, RULE_IDS);
  throw new UserError(`--rule: unknown rule "${id}"${closest ? `; did you mean "${closest}"?` : ''} (guidelint rules lists them)`);
}

function severityOf(id: string, severity: string): SeverityName {
  const known = SEVERITIES[severity.toLowerCase()];
  if (known === undefined) throw new UserError(`--rule: the severity of "${id}" must be off, warn or error (or 0, 1, 2), not "${severity}"`);
  return known;
}

/** The config with the command line's severities over its top-level and every template's own. */
export function withRuleSeverities(loaded: LoadedConfig, severities: RuleSeverities): LoadedConfig {
  if (Object.keys(severities).length === 0) return loaded;
  const templates = Object.fromEntries(
    Object.entries(loaded.config.templates).map(([name, entry]) => [name, { ...entry, rules: { ...entry.rules, ...severities } }]),
  );
  return { ...loaded, config: { ...loaded.config, templates, rules: { ...loaded.config.rules, ...severities } } };
}

/** Every config the source finds, with the command line's severities; one object for each config found. */
export function everyWithRuleSeverities(configs: ConfigSource, severities: RuleSeverities): ConfigSource {
  if (Object.keys(severities).length === 0) return configs;
  const adjusted = new WeakMap<LoadedConfig, LoadedConfig>();
  return {
    async forFolder(dir, names) {
      const loaded = await configs.forFolder(dir, names);
      let withSeverities = adjusted.get(loaded);
      if (withSeverities === undefined) {
        withSeverities = withRuleSeverities(loaded, severities);
        adjusted.set(loaded, withSeverities);
      }
      return withSeverities;
    },
  };
}
