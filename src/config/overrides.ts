/** The config's `sections:` overrides applied to a compiled template, as annotations would be. */

import type { GuideSchema, SectionRule } from '../template/schema.js';
import { normalizeForMatch } from '../template/text.js';
import { closestMatch, ConfigError, formatKeyPath } from './errors.js';
import type { SectionOverride, SectionOverrides } from './types.js';

/**
 * A new schema with the overrides applied (the input is not changed). A key names every section
 * whose heading text (`display`) or id path (`Architecture > Components`) it equals, case-insensitively;
 * `"Step {n}"` (any `{…}` hole) names the series with prefix `Step`. `origin` says where the
 * overrides are defined, for messages (`SelectedTemplate.origin`). Throws `ConfigError` for a key
 * that names no section, or an override that leaves min above max.
 */
export function applySectionOverrides(schema: GuideSchema, overrides: SectionOverrides, origin = 'sections'): GuideSchema {
  const entries = Object.entries(overrides);
  if (entries.length === 0) return schema;
  const used = new Set<string>();
  const apply = (sections: readonly SectionRule[]): SectionRule[] =>
    sections.map((section) => {
      let updated: SectionRule = { ...section, children: apply(section.children) };
      for (const [key, override] of entries) {
        if (!namesSection(key, section)) continue;
        used.add(key);
        updated = overridden(updated, override, `${origin}.${formatKeyPath(['sections', key])}`);
      }
      return updated;
    });
  const sections = apply(schema.sections);
  const unknown = entries.find(([key]) => !used.has(key));
  if (unknown !== undefined) {
    const [key] = unknown;
    const headings = allSections(schema.sections).map((section) => stripHashes(section.display));
    const suggestion = closestMatch(key, headings);
    const hint = suggestion === undefined ? `sections: ${headings.join(', ')}` : `did you mean "${suggestion}"?`;
    throw new ConfigError(
      `${origin}.${formatKeyPath(['sections', key])}: template "${schema.template}" has no such section (${hint})`,
    );
  }
  return { ...schema, sections };
}

function overridden(section: SectionRule, override: SectionOverride, where: string): SectionRule {
  const result: SectionRule = { ...section };
  if (override.min !== undefined) {
    result.min = override.min;
    if (override.min === 0) result.required = false;
  }
  if (override.max !== undefined) result.max = override.max;
  if (override.optional !== undefined) result.required = !override.optional;
  if (override.anyHeading !== undefined) result.anyHeading = override.anyHeading;
  if (override.closed !== undefined) result.closed = override.closed;
  if (result.max !== null && result.min > result.max) {
    throw new ConfigError(`${where}: min ${result.min} is more than max ${result.max} for section "${stripHashes(section.display)}"`);
  }
  return result;
}

function allSections(sections: readonly SectionRule[]): SectionRule[] {
  return sections.flatMap((section) => [section, ...allSections(section.children)]);
}

function stripHashes(text: string): string {
  return text.replace(/^#+\s*/, '');
}

const HOLE = /\{[^}]*\}/g;

/** Compares with `{…}` holes made alike, so `Step {n}` equals `step {N}`. */
function comparable(text: string): string {
  return normalizeForMatch(stripHashes(text).replace(HOLE, '{n}'));
}

function namesSection(key: string, section: SectionRule): boolean {
  const wanted = comparable(key);
  if (wanted === comparable(section.display) || wanted === comparable(section.id)) return true;
  if (section.series === null) return false;
  if (section.series.members.some((member) => comparable(member) === wanted)) return true;
  // `Step {n}`, `Day {a}-{b}`: the words before the first hole are the series' prefix.
  const holeAt = key.indexOf('{');
  return holeAt !== -1 && comparable(key.slice(0, holeAt)) === comparable(section.series.prefix);
}
