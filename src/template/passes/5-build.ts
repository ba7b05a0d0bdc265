/**
 * Pass 5, build: Typed → Built. Assembles the GuideSchema (plain JSON) from the builders under
 * `build/`, and keeps which sections each config override named, for `validate`.
 */
import { buildMetadata } from '../build/fields.js';
import { buildPlaceholders } from '../build/placeholders.js';
import { buildSections } from '../build/sections.js';
import { buildTitle } from '../build/title.js';
import type { Built, Typed } from '../ir.js';
import { SCHEMA_VERSION, type GuideSchema } from '../schema.js';

export function build(typed: Typed, overrideKeys: readonly string[] = []): Built {
  const { doc } = typed;
  const metadata = buildMetadata(typed);
  const schema: GuideSchema = {
    schemaVersion: SCHEMA_VERSION,
    template: doc.name,
    title: buildTitle(typed),
    metadata,
    sections: buildSections(typed.groups, typed),
    closed: typed.documentClosed,
    placeholders: buildPlaceholders(typed, metadata),
  };
  const overrides = new Map(
    overrideKeys.map((key) => [key, (typed.usedOverrides.get(key) ?? []).map((group) => group.id)] as const),
  );
  return { schema, overrides };
}
