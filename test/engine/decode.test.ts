import { describe, expect, it } from '@jest/globals';
import { decodeDocument, firstInvalidUtf8Offset } from '../../src/engine/decode.js';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...Buffer.from(part, 'utf8')] : part)));

describe('decodeDocument', () => {
  it('decodes UTF-8 and keeps a byte-order mark for the outline to skip', () => {
    expect(decodeDocument(bytes('# Été ✓\n'))).toEqual({ ok: true, text: '# Été ✓\n' });
    expect(decodeDocument(bytes([0xef, 0xbb, 0xbf], '# A'))).toEqual({ ok: true, text: '\ufeff# A' });
  });

  it('calls a file with a NUL byte in its first 8 KB binary, with where it is', () => {
    expect(decodeDocument(bytes('ab\ncd', [0], 'e'))).toEqual({
      ok: false,
      problem: { message: 'File is binary (NUL byte at offset 5)', line: 2, column: 3 },
    });
    const lateNul = bytes('a'.repeat(8192), [0]);
    expect(decodeDocument(lateNul)).toEqual({ ok: true, text: `${'a'.repeat(8192)}\u0000` });
  });

  it('names the first invalid byte, its offset, line and UTF-16 column', () => {
    expect(decodeDocument(bytes('# Title\r\n😀é', [0xff], 'x'))).toEqual({
      ok: false,
      problem: { message: 'File is not valid UTF-8 (byte 0xff at offset 15)', line: 2, column: 4 },
    });
    expect(decodeDocument(bytes([0xef, 0xbb, 0xbf], 'ab', [0xc0, 0x80]))).toEqual({
      ok: false,
      problem: { message: 'File is not valid UTF-8 (byte 0xc0 at offset 5)', line: 1, column: 3 },
    });
  });
});

describe('firstInvalidUtf8Offset', () => {
  it('rejects overlongs, surrogates, values above U+10FFFF and truncated sequences', () => {
    expect(firstInvalidUtf8Offset(bytes('ok'))).toBe(2);
    expect(firstInvalidUtf8Offset(bytes('a', [0xe0, 0x80, 0x80]))).toBe(1);
    expect(firstInvalidUtf8Offset(bytes('ab', [0xed, 0xa0, 0x80]))).toBe(2);
    expect(firstInvalidUtf8Offset(bytes([0xf4, 0x90, 0x80, 0x80]))).toBe(0);
    expect(firstInvalidUtf8Offset(bytes('é', [0xe2, 0x82]))).toBe(2);
    expect(firstInvalidUtf8Offset(bytes([0x80]))).toBe(0);
    expect(firstInvalidUtf8Offset(bytes('😀€'))).toBe(7);
  });
});
