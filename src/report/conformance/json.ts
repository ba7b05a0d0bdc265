/**
 * The conformance report as JSON, for tools that draw their own (`--format conformance-json`): the
 * model itself, per template its columns (fields, then sections depth first) and per document one
 * cell per column, with a format marker that changes when the shape does.
 */
import type { ConformanceReport } from './model.js';

export const CONFORMANCE_JSON_FORMAT = 'guidelint-conformance/1';

export function renderConformanceJson(report: ConformanceReport): string {
  return `${JSON.stringify({ format: CONFORMANCE_JSON_FORMAT, ...report })}\n`;
}
