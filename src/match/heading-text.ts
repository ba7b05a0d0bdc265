/** A document heading's text as section patterns are tested against it. */
import { normalizeForMatch, OPTIONALITY_MARKER } from '../template/text.js';

/** `{#id}` / `{.class}` heading attributes ending a heading (Pandoc, kramdown). */
const HEADING_ATTRIBUTES = /\s*\{[#.][^{}]*\}\s*$/u;
/** A word every optionality marker has. */
const MARKER_WORD = /optional|applicable/iu;

/**
 * A heading's text normalized, without heading attributes or an optionality marker
 * (`[optional]`): neither is part of a section's name. Its callers keep it (heading-readings.ts).
 */
export function headingMatchText(text: string): string {
  // Both patterns are anchored at the end, so a scan for them tries every position: look first
  // for what each must contain.
  let bare = text.includes('{') ? text.replace(HEADING_ATTRIBUTES, '') : text;
  if (MARKER_WORD.test(bare)) bare = bare.replace(OPTIONALITY_MARKER, '');
  return normalizeForMatch(bare);
}
