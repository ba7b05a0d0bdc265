/**
 * guidelint's public API: what a library user needs to lint Markdown documents against a template
 * from code — the same pipeline the CLI runs, one layer at a time or end to end.
 */

// End to end: files → plan → results → report.
export { main } from './cli/main.js';
export { chooseTemplate, planRun, planStdin } from './engine/plan.js';
export type { Plan, PlannedFile, PlanRequest, SelectionContext, SkippedFile, TemplateChoice, TemplateVia } from './engine/plan.js';
export { lintFiles } from './engine/lint-files.js';
export type { FileOutcome, LintFilesOptions, LintRun, LintStats } from './engine/lint-files.js';
export type { Concurrency } from './engine/concurrency.js';
export { cacheFilePath, LintCache } from './engine/cache.js';
export { createCachedTemplateLoader } from './engine/cached-template-loader.js';
export { createTemplateLoader } from './engine/template-loader.js';
export type { LoadableTemplate, TemplateLoader } from './engine/template-loader.js';
export { resolveTemplate } from './engine/templates.js';
export { loadConfig } from './config/load.js';
export type { LoadedConfig, GuidelintConfig } from './config/types.js';
export type { SelectedTemplate } from './config/select.js';
export { decodeDocument } from './engine/decode.js';
export { errorsOnly, makeResult, totalCounts } from './engine/results.js';
export type { LintResult, ProblemCounts } from './engine/results.js';
export { PARSER_NAMES } from './engine/parsers.js';
export type { ParserName } from './engine/parsers.js';
export { UserError } from './engine/errors.js';
export { FORMAT_NAMES, loadFormatter } from './report/index.js';
export type { FormatName, Formatter, FormatterContext } from './report/index.js';

// One layer at a time: template → schema, document → outline, outline + schema → findings.
export { compileTemplate, TemplateError } from './template/compile.js';
export type { CompileOptions } from './template/compile.js';
export { printSchema } from './template/print.js';
export type { SchemaFormat } from './template/print.js';
export type * from './template/schema.js';
export { buildOutline, outlineFromMarkdownIt, outlineFromRemark } from './outline/index.js';
export type * from './outline/types.js';
export { lintOutline } from './engine/lint-outline.js';
export { applyFixes, type AppliedFixes } from './fix/apply-fixes.js';
export { fixSource, type FixedSource } from './fix/fix-source.js';
export { unifiedDiff } from './fix/unified-diff.js';
export type { LintOptions } from './engine/lint-outline.js';
export type { Rule, RuleContext } from './lint/rule.js';
export type * from './lint/types.js';
export { RULE_IDS } from './lint/types.js';
export { rules } from '../rules/index.js';
export { BUILTIN_TEMPLATES, builtinTemplatePath } from './config/templates.js';
export type { BuiltinTemplateName } from './config/templates.js';
