/**
 * The template compiler: Markdown template text → GuideSchema (DESIGN §2). A pure function; the
 * template is read through its Outline. Both front-ends give the same Outline for every template
 * (test/template/front-ends.test.ts), so the CLI uses the fast one and never loads remark; the
 * remark preset passes the remark front-end.
 */
import { outlineFromMarkdownIt } from '../outline/from-markdown-it.js';
import type { Heading, Outline } from '../outline/types.js';
import { SCHEMA_VERSION, type GuideSchema, type TitleRule } from './schema.js';
import { commentsAfter, noAnnotations, readAnnotations } from './annotations.js';
import { createContext, type TemplateContext } from './context.js';
import { TemplateError } from './errors.js';
import { linkSeriesMembers } from './members.js';
import { compileMetadata, metadataClosesDocument } from './metadata.js';
import { patternFromSegments, segmentText, type Segment } from './pattern.js';
import { collectPlaceholders } from './placeholder-list.js';
import { compileSections } from './sections.js';

export { TemplateError } from './errors.js';

export interface CompileOptions {
  /** The template's name: a built-in name, a configured name, or the file's base name. */
  name: string;
  /** The Outline front-end to read the template with (default: markdown-it). */
  frontEnd?: (source: string) => Outline;
}

/** Compiles a template. Throws a TemplateError (one-line message) when it cannot be read as one. */
export function compileTemplate(source: string, options: CompileOptions): GuideSchema {
  const outline = (options.frontEnd ?? outlineFromMarkdownIt)(source);
  const top = outline.root.children;
  if (top.length === 0) throw new TemplateError(`template "${options.name}" has no headings`);
  const context = createContext(outline, options.name);
  const titleSection = top.find((section) => section.level === 1 && section.heading !== null);
  const sections = titleSection
    ? top.flatMap((section) => (section === titleSection ? section.children : [section]))
    : top;
  const titleAnnotations = titleSection?.heading
    ? readAnnotations(commentsAfter(outline, titleSection.heading.span.end.line), options.name)
    : noAnnotations();
  const metadata = compileMetadata(outline, options.name);
  return {
    schemaVersion: SCHEMA_VERSION,
    template: options.name,
    title: titleSection?.heading ? compileTitle(titleSection.heading, context) : null,
    metadata,
    sections: linkSeriesMembers(compileSections(sections, context, [])),
    closed: titleAnnotations.closed || metadataClosesDocument(outline, options.name),
    placeholders: collectPlaceholders(context, metadata),
  };
}

/**
 * The H1's shape: placeholders are holes, an id stands for any id, and what follows `ID:` is a hole
 * too (`KEP-NNNN: Your short, descriptive title`; documents write `KEP-2161 : Title` as well).
 */
function compileTitle(heading: Heading, context: TemplateContext): TitleRule {
  const segments = holeAfterIdColon(segmentText(heading.text, context.headingScan));
  return {
    display: heading.text,
    pattern: patternFromSegments(segments, { optionalTrailingParen: true }),
    line: heading.span.start.line,
  };
}

function holeAfterIdColon(segments: readonly Segment[]): Segment[] {
  const index = segments.findIndex((segment, at) => {
    const next = segments[at + 1];
    return segment.kind === 'hole' && segment.hole === 'id' && next?.kind === 'literal' && /^:\s*\S/u.test(next.text);
  });
  if (index < 0) return [...segments];
  return [...segments.slice(0, index + 1), { kind: 'hole', hole: 'any' }];
}
