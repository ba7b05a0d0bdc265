/**
 * Bytes → text for a document, or the reason it cannot be read as text: binary (a NUL byte in its
 * first 8 KB, as git and grep decide) or not valid UTF-8.
 */

/** How far to look for a NUL byte. */
const BINARY_SNIFF_BYTES = 8192;

export interface DecodeProblem {
  message: string;
  line: number;
  column: number;
}

export type Decoded = { ok: true; text: string } | { ok: false; problem: DecodeProblem };

/** Keeps a byte-order mark: the outline skips it itself, so that fix offsets count it. */
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decodes UTF-8 or says, with its position, why the bytes are not text. */
export function decodeDocument(bytes: Uint8Array): Decoded {
  const nul = bytes.subarray(0, BINARY_SNIFF_BYTES).indexOf(0);
  if (nul !== -1) {
    return { ok: false, problem: { message: `File is binary (NUL byte at offset ${nul})`, ...positionOf(bytes, nul) } };
  }
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8Offset(bytes);
    const byte = (bytes[offset] ?? 0).toString(16).padStart(2, '0');
    return {
      ok: false,
      problem: { message: `File is not valid UTF-8 (byte 0x${byte} at offset ${offset})`, ...positionOf(bytes, offset) },
    };
  }
}

/**
 * The offset of the first byte that does not start a well-formed UTF-8 sequence (per the Unicode
 * standard's table 3-7: no overlongs, no surrogates, nothing above U+10FFFF), or where a truncated
 * sequence starts.
 */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return bytes.length;
}

/** Length of the well-formed sequence at `i`, or 0 when there is none. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const lead = bytes[i] as number;
  if (lead < 0x80) return 1;
  const [length, min, max] = secondByteRange(lead);
  if (length === 0) return 0;
  for (let k = 1; k < length; k++) {
    const byte = bytes[i + k];
    const [lo, hi] = k === 1 ? [min, max] : [0x80, 0xbf];
    if (byte === undefined || byte < lo || byte > hi) return 0;
  }
  return length;
}

/** Sequence length for a lead byte, with the allowed range of its second byte. */
function secondByteRange(lead: number): [number, number, number] {
  if (lead >= 0xc2 && lead <= 0xdf) return [2, 0x80, 0xbf];
  if (lead === 0xe0) return [3, 0xa0, 0xbf];
  if (lead === 0xed) return [3, 0x80, 0x9f];
  if (lead >= 0xe1 && lead <= 0xef) return [3, 0x80, 0xbf];
  if (lead === 0xf0) return [4, 0x90, 0xbf];
  if (lead === 0xf4) return [4, 0x80, 0x8f];
  if (lead >= 0xf1 && lead <= 0xf3) return [4, 0x80, 0xbf];
  return [0, 0, 0];
}

/**
 * The 1-based line and UTF-16 column of a byte offset, from the (valid) bytes before it: lines end
 * at LF, CRLF or a lone CR.
 */
function positionOf(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const byte = bytes[i];
    if (byte === 0x0a || (byte === 0x0d && bytes[i + 1] !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  const before = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
  return { line, column: before.length + 1 };
}
