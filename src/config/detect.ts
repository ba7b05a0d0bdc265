/** `detect: true`: pick the template whose section headings a document shares most. */

import type { GuideSchema, SectionRule } from '../template/schema.js';
import { normalizeForMatch } from '../template/text.js';

export interface DetectionCandidate {
  name: string;
  /** The template's section headings as written (the schema's `display` texts). */
  sectionDisplays: string[];
}

export interface Detection {
  /** The template picked, or null when none matches well enough. */
  name: string | null;
  /** For `--verbose`: `detected design-doc (14 of 16 headings match)`. */
  reason: string;
}

/** Share of a template's headings a document must have for the template to be picked. */
export const DETECT_MIN_SHARE = 0.5;
/** And the fewest shared headings (fewer when the template has fewer): `Overview` and `Summary` alone say little. */
export const DETECT_MIN_HEADINGS = 3;

/**
 * Compares heading keys: normalized text without placeholders (`[…]`, `<…>`, `{…}`), a trailing
 * `(…)`, leading numbering and punctuation, so `## 3. Goals:` and `## Goals` agree. A heading that is
 * only placeholders gives an empty key and is not counted.
 */
export function headingKey(text: string): string {
  return normalizeForMatch(text.replace(/^#+\s*/, ''))
    .replace(/\[[^\]]*\]|<[^>]*>|\{[^}]*\}/g, ' ')
    .replace(/\([^)]*\)\s*$/, ' ')
    .replace(/^\s*(?:\d+(?:\.\d+)*|[a-z])[.)]\s+/, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The candidate with the largest share of its headings present in the document (ties: more
 * headings, then candidate order), if it reaches `DETECT_MIN_SHARE` and `DETECT_MIN_HEADINGS`.
 */
export function detectTemplate(headingTexts: readonly string[], candidates: readonly DetectionCandidate[]): Detection {
  const documentKeys = new Set(headingTexts.map(headingKey).filter((key) => key !== ''));
  let best: { name: string; matched: number; total: number } | null = null;
  for (const candidate of candidates) {
    const keys = [...new Set(candidate.sectionDisplays.map(headingKey).filter((key) => key !== ''))];
    if (keys.length === 0) continue;
    const matched = keys.filter((key) => documentKeys.has(key)).length;
    const share = matched / keys.length;
    const bestShare = best === null ? -1 : best.matched / best.total;
    if (share > bestShare || (share === bestShare && best !== null && matched > best.matched)) {
      best = { name: candidate.name, matched, total: keys.length };
    }
  }
  if (best === null) return { name: null, reason: 'no template to detect' };
  const counts = `${best.matched} of ${best.total} headings match`;
  if (best.matched / best.total < DETECT_MIN_SHARE || best.matched < Math.min(DETECT_MIN_HEADINGS, best.total)) {
    return { name: null, reason: `no template detected (best: ${best.name}, ${counts})` };
  }
  return { name: best.name, reason: `detected ${best.name} (${counts})` };
}

/** A compiled template as a detection candidate: the headings of all its sections, nested ones too. */
export function detectionCandidate(schema: GuideSchema): DetectionCandidate {
  const displays: string[] = [];
  const collect = (sections: readonly SectionRule[]): void => {
    for (const section of sections) {
      displays.push(section.display);
      collect(section.children);
    }
  };
  collect(schema.sections);
  return { name: schema.template, sectionDisplays: displays };
}
