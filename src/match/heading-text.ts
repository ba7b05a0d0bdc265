/** A document heading's text as section patterns are tested against it. */
import type { Heading } from '../outline/types.js';
import { normalizeForMatch, OPTIONALITY_MARKER } from '../template/text.js';

/** `{#id}` / `{.class}` heading attributes ending a heading (Pandoc, kramdown). */
const HEADING_ATTRIBUTES = /\s*\{[#.][^{}]*\}\s*$/u;

/** Normalized, without heading attributes or an optionality marker (`[optional]`): neither is part of a section's name. */
export function headingMatchText(heading: Heading | null): string {
  return normalizeForMatch((heading?.text ?? '').replace(HEADING_ATTRIBUTES, '').replace(OPTIONALITY_MARKER, ''));
}
