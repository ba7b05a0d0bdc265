/**
 * The template compiler: Markdown template text → GuideSchema (DESIGN §2), as six passes over one
 * intermediate representation (`ir.ts`):
 *
 *   read → annotate → classify → infer → build → validate
 *
 * A pure function; the template is read through its Outline. Both front-ends give the same Outline
 * for every template (test/template/front-ends.test.ts), so the CLI uses the fast one and never
 * loads remark; the remark preset passes the remark front-end.
 */
import { outlineFromMarkdownIt } from '../outline/from-markdown-it.js';
import type { Outline } from '../outline/types.js';
import type { ExternalHints } from './ir.js';
import { read, scanLines } from './passes/1-read.js';
import type { Placeholder } from './placeholders.js';
import { annotate } from './passes/2-annotate.js';
import { classify } from './passes/3-classify.js';
import { infer } from './passes/4-infer.js';
import { build } from './passes/5-build.js';
import { validate } from './passes/6-validate.js';
import type { GuideSchema } from './schema.js';

export { OverrideError, TemplateError } from './errors.js';
/** The placeholder lexer, for `new` (which fills a template's title). */
export { findPlaceholders } from './placeholders.js';
export type { ConfigFieldType, ExternalHints, FieldOverride, SectionOverride } from './ir.js';

export interface CompileOptions {
  /** The template's name: a built-in name, a configured name, or the file's base name. */
  name: string;
  /** The Outline front-end to read the template with (default: markdown-it). */
  frontEnd?: (source: string) => Outline;
  /** What the config says about the template (its `sections:`, `fields:`, `fieldOrder`), the strongest hints. */
  external?: ExternalHints;
}

/** The placeholders of a template's text outside code, as the compiler reads them (for `init`'s guesses). */
export function templatePlaceholders(outline: Outline): Placeholder[] {
  return scanLines(outline).flatMap((line) => (line.code ? [] : line.scan.placeholders));
}

/**
 * Compiles a template. Throws a TemplateError (one-line message) when it cannot be read as one, an
 * OverrideError when the config's overrides do not fit it.
 */
export function compileTemplate(source: string, options: CompileOptions): GuideSchema {
  const external = options.external ?? { sections: {} };
  const outline = (options.frontEnd ?? outlineFromMarkdownIt)(source);
  const typed = infer(classify(annotate(read(outline, options.name))), external);
  return validate(build(typed, Object.keys(external.sections)));
}
