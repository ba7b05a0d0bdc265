/**
 * Pass 5, build: Typed → Built. Assembles the GuideSchema (plain JSON) from the builders under
 * `build/`, and keeps which sections each config override named, for `validate`.
 */
import { buildMetadata } from '../build/fields.js';
import { buildPlaceholders } from '../build/placeholders.js';
import { buildSections } from '../build/sections.js';
import type { Built, Typed } from '../ir.js';
import { holeAfterIdColon, patternFromSegments, segmentText } from '../patterns.js';
import { SCHEMA_VERSION, type GuideSchema, type TitleRule } from '../schema.js';

export function build(typed: Typed, overrideKeys: readonly string[] = []): Built {
  const { doc } = typed;
  const metadata = buildMetadata(typed);
  const schema: GuideSchema = {
    schemaVersion: SCHEMA_VERSION,
    template: doc.name,
    title: doc.title ? buildTitle(typed) : null,
    metadata,
    sections: buildSections(typed.groups, typed),
    closed: typed.documentClosed,
    placeholders: buildPlaceholders(doc, metadata),
  };
  const overrides = new Map(
    overrideKeys.map((key) => [key, (typed.usedOverrides.get(key) ?? []).map((group) => group.id)] as const),
  );
  return { schema, overrides };
}

/**
 * The H1's shape: placeholders are holes, an id stands for any id, and what follows `ID:` is a hole
 * too (`KEP-NNNN: Your short, descriptive title`; documents write `KEP-2161 : Title` as well).
 */
function buildTitle({ doc }: Typed): TitleRule | null {
  const title = doc.title;
  if (title === null) return null;
  const segments = holeAfterIdColon(segmentText(title.heading.text, title.placeholders));
  return {
    display: title.heading.text,
    pattern: patternFromSegments(segments, { optionalTrailingParen: true }),
    line: title.heading.span.start.line,
  };
}
