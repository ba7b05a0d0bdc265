/** The conformance formats as formatters: one model from the results and the run's details, drawn by one renderer. */
import { displayPath } from '../../files/display-path.js';
import type { LintResult } from '../../engine/results.js';
import type { Formatter, FormatterContext } from '../types.js';
import { renderHtml } from './html.js';
import { renderConformanceJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { buildConformance, type ConformanceReport } from './model.js';

export function conformanceOf(results: readonly LintResult[], context: FormatterContext): ConformanceReport {
  const { run } = context;
  return buildConformance({
    results,
    templates: run?.templates ?? new Map(),
    skipped: run?.skipped ?? [],
    pathOf: (filePath) => displayPath(filePath, context.cwd),
    config: run?.configPath ? displayPath(run.configPath, context.cwd) : null,
    generatedAt: run?.generatedAt ?? '',
    toolVersion: context.toolVersion,
  });
}

export const formatHtml: Formatter = (results, context) =>
  renderHtml(conformanceOf(results, context), { outputDir: context.run?.outputDir ?? context.cwd });

export const formatMarkdown: Formatter = (results, context) => renderMarkdown(conformanceOf(results, context));

export const formatConformanceJson: Formatter = (results, context) => renderConformanceJson(conformanceOf(results, context));
