/** A document heading's text as section patterns are tested against it. */
import type { Heading } from '../outline/types.js';
import { normalizeForMatch, OPTIONALITY_MARKER } from '../template/text.js';
import { TextMemo } from './text-memo.js';

/** `{#id}` / `{.class}` heading attributes ending a heading (Pandoc, kramdown). */
const HEADING_ATTRIBUTES = /\s*\{[#.][^{}]*\}\s*$/u;
/** A word every optionality marker has. */
const MARKER_WORD = /optional|applicable/iu;

/** Headings repeat across the documents of a template (`Motivation`, `Summary`): normalize each text once. */
const matchTexts = new TextMemo<string>();

/** Normalized, without heading attributes or an optionality marker (`[optional]`): neither is part of a section's name. */
export function headingMatchText(heading: Heading | null): string {
  return matchTexts.get(heading?.text ?? '', matchText);
}

function matchText(text: string): string {
  // Both patterns are anchored at the end, so a scan for them tries every position: look first
  // for what each must contain.
  let bare = text.includes('{') ? text.replace(HEADING_ATTRIBUTES, '') : text;
  if (MARKER_WORD.test(bare)) bare = bare.replace(OPTIONALITY_MARKER, '');
  return normalizeForMatch(bare);
}
