/**
 * The remark preset: every guidelint rule as a remark-lint rule, at its default severity (or the
 * one configured), for the template given by name or path. Use it from `.remarkrc.mjs`:
 *
 * ```js
 * import guidelint from 'guidelint/remark-preset';
 * export default { plugins: [[guidelint, { template: 'design-doc' }]] };
 * ```
 *
 * or as a preset object: `{ plugins: [guidelintPreset({ template: 'docs/templates/rfc.md' })] }`.
 */

import { readFileSync } from 'node:fs';
import type { Root } from 'mdast';
import type { Plugin, PluginTuple, Preset, Processor } from 'unified';
import { rules } from '../../rules/index.js';
import type { RuleId, SeverityName } from '../lint/types.js';
import { resolveTemplateRef } from '../engine/templates.js';
import { compileTemplate } from '../template/compile.js';
import type { GuideSchema } from '../template/schema.js';
import { fileOutline } from './file-outline.js';
import { remarkLintRules, type RuleOptions } from './rule-plugins.js';

export interface GuidelintPresetOptions {
  /** A built-in template name or a template path (relative to `cwd`). */
  template?: string;
  /** A compiled template, instead of `template`. */
  schema?: GuideSchema;
  /** Severities by rule id, over the rules' defaults. */
  rules?: Partial<Record<RuleId, SeverityName>>;
  /** The folder template paths are relative to; the working directory by default. */
  cwd?: string;
}

/** The preset object for a template. Throws when the template cannot be found or compiled. */
export function guidelintPreset(options: GuidelintPresetOptions): Preset {
  const schema = options.schema ?? loadSchema(options);
  return {
    plugins: [
      remarkGuidelintFrontmatter,
      ...rules.map((rule): PluginTuple<[[SeverityName, RuleOptions]], Root> => {
        const severity = options.rules?.[rule.meta.id] ?? rule.meta.defaultSeverity;
        return [remarkLintRules.get(rule.meta.id)!, [severity, { schema }]];
      }),
    ],
  };
}

function loadSchema(options: GuidelintPresetOptions): GuideSchema {
  if (options.template === undefined) throw new Error('guidelint remark preset: give a `template` (name or path) or a `schema`');
  const ref = resolveTemplateRef(options.template, options.cwd ?? process.cwd());
  return compileTemplate(readFileSync(ref.path, 'utf8'), { name: ref.name });
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

/** The preset as a plugin taking its options: `[guidelint, { template: 'design-doc' }]`. */
const remarkGuidelint: Plugin<[GuidelintPresetOptions], Root> = function (this: Processor, options) {
  this.use(guidelintPreset(options));
};

export default remarkGuidelint;
