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
  /** For `--verbose`: `detected by its headings (14 of 16 match)`. */
  reason: string;
}

/** Share of a template's headings a document must have for the template to be picked. */
export const DETECT_MIN_SHARE = 0.5;
/** And the fewest shared headings (fewer when the template has fewer): `Overview` and `Summary` alone say little. */
export const DETECT_MIN_HEADINGS = 3;

const PLACEHOLDERS = /\[[^\]]*\]|<[^>]*>|\{[^}]*\}/gu;

/**
 * Compares heading keys: normalized text without placeholders (`[…]`, `<…>`, `{…}`), a trailing
 * `(…)`, leading numbering and punctuation, so `## 3. Goals:` and `## Goals` agree. A heading that is
 * only placeholders gives an empty key and is not counted.
 */
export function headingKey(text: string): string {
  return normalizeForMatch(text.replace(/^#+\s*/, ''))
    .replace(PLACEHOLDERS, ' ')
    .replace(/\([^)]*\)\s*$/, ' ')
    .replace(/^\s*(?:\d+(?:\.\d+)*|[a-z])[.)]\s+/, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The candidate with the largest share of its headings present in the document (ties: more
 * headings, then candidate order), if it reaches `DETECT_MIN_SHARE` and `DETECT_MIN_HEADINGS`.
 * A template heading with a placeholder matches a document heading that starts with its words
 * (`Step 1: [Action]` matches `Step 1: Drain the queue`).
 */
export function detectTemplate(headingTexts: readonly string[], candidates: readonly DetectionCandidate[]): Detection {
  const documentKeys = [...new Set(headingTexts.map(headingKey).filter((key) => key !== ''))];
  const present = (heading: TemplateHeading): boolean =>
    documentKeys.some((key) => key === heading.key || (heading.holed && key.startsWith(`${heading.key} `)));
  let best: { name: string; matched: number; total: number } | null = null;
  for (const candidate of candidates) {
    const headings = templateHeadings(candidate.sectionDisplays);
    if (headings.length === 0) continue;
    const matched = headings.filter(present).length;
    const share = matched / headings.length;
    const bestShare = best === null ? -1 : best.matched / best.total;
    if (share > bestShare || (share === bestShare && best !== null && matched > best.matched)) {
      best = { name: candidate.name, matched, total: headings.length };
    }
  }
  if (best === null) return { name: null, reason: 'no template to detect' };
  const counts = `${best.matched} of ${best.total} headings match`;
  if (best.matched / best.total < DETECT_MIN_SHARE || best.matched < Math.min(DETECT_MIN_HEADINGS, best.total)) {
    return { name: null, reason: `no template detected (best: ${best.name}, ${counts})` };
  }
  return { name: best.name, reason: `detected by its headings (${best.matched} of ${best.total} match)` };
}

interface TemplateHeading {
  key: string;
  /** The heading had a placeholder: the document's heading may go on after the key. */
  holed: boolean;
}

/** A template's distinct heading keys (a heading of placeholders only gives none). */
function templateHeadings(displays: readonly string[]): TemplateHeading[] {
  const headings = new Map<string, TemplateHeading>();
  for (const display of displays) {
    const key = headingKey(display);
    if (key === '') continue;
    const holed = display.search(PLACEHOLDERS) !== -1 || (headings.get(key)?.holed ?? false);
    headings.set(key, { key, holed });
  }
  return [...headings.values()];
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
