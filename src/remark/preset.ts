/**
 * The remark preset. Without options, each file follows the template its guidelint config (or its
 * frontmatter) gives it, with the config's rules, exactly as `guidelint check` checks it:
 *
 * ```js
 * import guidelint from 'guidelint/remark-preset';
 * export default { plugins: [guidelint] };
 * ```
 *
 * With a template (a built-in name or a path), every file follows it: every guidelint rule as a
 * remark-lint rule, at its default severity or the one given in `rules`:
 * `{ plugins: [[guidelint, { template: 'design-doc' }]] }`, or as a preset object,
 * `{ plugins: [guidelintPreset({ template: 'docs/templates/rfc.md' })] }`.
 */

import { readFileSync } from 'node:fs';
import type { Root } from 'mdast';
import type { Plugin, PluginTuple, Preset, Processor } from 'unified';
import { rules } from '../../rules/index.js';
import type { RuleId, SeverityName } from '../lint/types.js';
import { resolveTemplate } from '../engine/templates.js';
import { outlineFromRemark } from '../outline/from-remark.js';
import { compileTemplate } from '../template/compile.js';
import type { GuideSchema } from '../template/schema.js';
import { remarkGuidelintConfigured, remarkGuidelintReport } from './configured.js';
import { fileOutline } from './file-outline.js';
import { remarkLintRules, type RuleOptions } from './rule-plugins.js';

export interface GuidelintPresetOptions {
  /** A built-in template name or a template path (relative to `cwd`); without it (and `schema`), the config decides. */
  template?: string;
  /** A compiled template, instead of `template`. */
  schema?: GuideSchema;
  /** With a template: severities by rule id, over the rules' defaults (else the config's `rules` apply). */
  rules?: Partial<Record<RuleId, SeverityName>>;
  /** The folder template paths are relative to; the working directory by default. */
  cwd?: string;
}

/** The preset object. Throws when a template given cannot be found or compiled. */
export function guidelintPreset(options: GuidelintPresetOptions = {}): Preset {
  const cwd = options.cwd ?? process.cwd();
  if (options.schema !== undefined) return rulePreset(options.schema, options.rules);
  if (options.template !== undefined) return rulePreset(loadSchema(options.template, cwd), options.rules);
  return { plugins: [[remarkGuidelintConfigured, { cwd }], remarkGuidelintReport] };
}

/** Every rule as a remark-lint rule for one schema, at its default severity or the one given. */
function rulePreset(schema: GuideSchema, severities: GuidelintPresetOptions['rules']): Preset {
  return {
    plugins: [
      remarkGuidelintFrontmatter,
      ...rules.map((rule): PluginTuple<[[SeverityName, RuleOptions]], Root> => {
        const configured = severities?.[rule.meta.id];
        const severity = configured ?? rule.meta.defaultSeverity;
        // A rule off by default may still report what the template closes: it runs and keeps only that.
        if (configured === undefined && severity === 'off') return [remarkLintRules.get(rule.meta.id)!, ['error', { schema, closedOnly: true }]];
        return [remarkLintRules.get(rule.meta.id)!, [severity, { schema }]];
      }),
    ],
  };
}

function loadSchema(template: string, cwd: string): GuideSchema {
  const ref = resolveTemplate(template, cwd);
  return compileTemplate(readFileSync(ref.path, 'utf8'), { name: ref.name, frontEnd: outlineFromRemark });
}

/** A document whose frontmatter does not parse gets one fatal message, as the CLI gives it. */
export const remarkGuidelintFrontmatter: Plugin<[], Root> = function () {
  return (_tree, file) => {
    const frontmatter = fileOutline(file).frontmatter;
    if (!frontmatter?.error) return;
    const { start, end } = frontmatter.span;
    const message = file.message(frontmatter.error, { place: { start, end }, source: 'guidelint' });
    message.fatal = true;
  };
};

/** The preset as a plugin taking its options: `guidelint`, or `[guidelint, { template: 'design-doc' }]`. */
const remarkGuidelint: Plugin<[GuidelintPresetOptions?], Root> = function (this: Processor, options) {
  this.use(guidelintPreset(options));
};

export default remarkGuidelint;
