/**
 * Text from documents and file names shown to a person: its control characters would otherwise
 * reach the terminal raw (clear the screen, set the window title, hide an OSC 8 hyperlink, ring the
 * bell) or reorder what is shown (bidirectional overrides). Each is shown as a visible escape instead,
 * `\x1b` or `\u202e`, the way a JavaScript string literal writes it.
 */

/** C0 controls, DEL, C1 controls and the bidirectional marks, embeddings, overrides and isolates. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** The same, but line feeds and carriage returns pass: for text whose lines the format itself handles. */
const CONTROL_BUT_LINE_BREAKS = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function visibleEscape(char: string): string {
  const code = char.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`;
}

/** Every control character as a visible escape. */
export function escapeControlCharacters(text: string): string {
  return text.replace(CONTROL, visibleEscape);
}

/** Every control character but line breaks as a visible escape. */
export function escapeControlCharactersButLineBreaks(text: string): string {
  return text.replace(CONTROL_BUT_LINE_BREAKS, visibleEscape);
}
