/**
 * Each guidelint rule as a remark-lint rule of its own (`guidelint/rules/<rule-id>`): in a
 * `.remarkrc`, `[requiredSection, ['warn', { template: 'design-doc' }]]`, `[placeholder, 'off']`,
 * or the plugin alone, which lets the guidelint config choose each file's template. Its messages
 * carry the rule id, `guidelint` as their source and `url`, the rule's page; `lint` comments
 * (`<!--lint disable placeholder-->`) and `guidelint-disable` comments turn them off.
 */
import type { Root } from 'mdast';
import type { Plugin, Processor } from 'unified';
import { RULE_IDS, type RuleId } from '../lint/types.js';
import { useRule } from './file-lint.js';
import { readRuleSettings, type Level, type OptionError, type Source } from './options.js';

/** What a rule plugin takes: options, a severity, or `[severity, options]`, as remark-lint's rules do. */
export type RuleConfig = Source | Level | 0 | 1 | 2 | boolean | [Level | 0 | 1 | 2 | boolean, Source?];

export type GuidelintRulePlugin = Plugin<[(RuleConfig | OptionError)?], Root>;

const plugins = new Map<RuleId, GuidelintRulePlugin>();

/** The rule's plugin: the same function for the preset and `guidelint/rules/<rule-id>`, so that unified sees one plugin. */
export function rulePlugin(ruleId: RuleId): GuidelintRulePlugin {
  const known = plugins.get(ruleId);
  if (known !== undefined) return known;
  const plugin = function (this: Processor, config?: RuleConfig | OptionError): undefined {
    useRule(this, ruleId, readRuleSettings(config, ruleId));
  };
  // remark-lint's rules are named by their origin; unified-engine shows it in its messages.
  Object.defineProperty(plugin, 'name', { value: `guidelint:${ruleId}` });
  plugins.set(ruleId, plugin);
  return plugin;
}

/** The plugin of every rule, by rule id. */
export const rulePlugins: ReadonlyMap<RuleId, GuidelintRulePlugin> = new Map(RULE_IDS.map((id) => [id, rulePlugin(id)]));
