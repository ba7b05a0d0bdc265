/**
 * The remark preset: every guidelint rule as a remark-lint rule (see rule-plugin.ts), with
 * remark-lint's `lint` comments. Without options, each file follows the template its guidelint
 * config (or its frontmatter) gives it, with the config's rules, exactly as `guidelint check`
 * checks it:
 *
 * ```js
 * import guidelint from 'guidelint/remark-preset';
 * export default { plugins: [guidelint] };
 * ```
 *
 * With a template (a built-in name or a path), every file follows it, each rule at its default
 * severity or the one given: `[guidelint, { template: 'design-doc', rules: { 'code-block': 'off' } }]`.
 * The severity tuple applies to every rule: `[guidelint, ['warn', { template: 'design-doc' }]]`.
 * A rule plugin listed on its own (`[placeholder, 'off']`) overrides the preset's setting for it.
 * As a preset object, the list of rule plugins: `guidelintPreset({ template: 'docs/templates/rfc.md' })`.
 */
import type { Root } from 'mdast';
import type { Plugin, PluginTuple, Preset, Processor } from 'unified';
import { RULE_IDS, type RuleId } from '../lint/types.js';
import { OptionError, readPresetSettings, type Level, type PresetOptions, type PresetSettings } from './options.js';
import { rulePlugins, type RuleConfig } from './rule-plugin.js';

export type { PresetOptions as GuidelintPresetOptions } from './options.js';
export { rulePlugins } from './rule-plugin.js';

/** What the preset takes: options, a severity for every rule, or `[severity, options]`. */
export type PresetConfig = PresetOptions | Level | 0 | 1 | 2 | boolean | [Level | 0 | 1 | 2 | boolean, PresetOptions?];

/** The preset object: each rule plugin with its setting (a malformed option: each reports it). */
export function guidelintPreset(config?: PresetConfig): Preset {
  const settings = readPresetSettings(config);
  return { plugins: RULE_IDS.map((id): PluginTuple<[RuleConfig | OptionError], Root> => [rulePlugins.get(id)!, ruleConfig(settings, id)]) };
}

/** A rule's setting under the preset's; what is wrong with the preset's options goes to each rule to report. */
function ruleConfig(settings: PresetSettings | OptionError, id: RuleId): RuleConfig | OptionError {
  if (settings instanceof OptionError) return settings;
  return [settings.rules[id] ?? settings.level, settings.source];
}

/** The preset as a plugin: `guidelint`, `[guidelint, { template: 'design-doc' }]`, `[guidelint, ['warn', {…}]]`. */
const remarkGuidelint: Plugin<[PresetConfig?], Root> = function (this: Processor, config?: PresetConfig): undefined {
  const settings = readPresetSettings(config);
  const listed = new Set<unknown>(this.attachers.map(([plugin]) => plugin));
  for (const id of RULE_IDS) {
    const plugin = rulePlugins.get(id)!;
    // A rule plugin the config lists itself keeps the setting given there.
    if (!listed.has(plugin)) this.use(plugin, ruleConfig(settings, id));
  }
};

export default remarkGuidelint;
