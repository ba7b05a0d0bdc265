import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { findJsonSyntaxError, lineColumn } from '../../src/config/json-syntax.js';

describe('findJsonSyntaxError', () => {
  it('finds nothing wrong in any JSON that JSON.stringify writes', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 4 }), (value, indent) => {
        expect(findJsonSyntaxError(JSON.stringify(value, null, indent))).toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['{"a":}', 5, 'expected a value, found "}"'],
    ['{"a": 1,}', 8, 'expected a property name in double quotes, found "}"'],
    ["{'a': 1}", 1, 'expected a property name in double quotes, found "\'"'],
    ['{"a" 1}', 5, 'expected ":", found "1"'],
    ['[1 2]', 3, 'expected "," or "]", found "2"'],
    ['{"a": 1', 7, 'expected "," or "}", found end of file'],
    ['{"a": "b\nc"}', 8, 'line break inside a string'],
    ['"\\x"', 1, 'bad escape sequence in string'],
    ['"abc', 4, 'unterminated string'],
    ['{"a": -}', 6, 'expected a number, found "-"'],
    ['{} {}', 3, 'unexpected "{" after the end of the JSON value'],
    ['', 0, 'expected a value, found end of file'],
    ['// c\n{}', 0, 'expected a value, found "/"'],
  ])('%j: offset %i, %s', (text, offset, message) => {
    expect(findJsonSyntaxError(text)).toEqual({ offset, message });
    expect(() => JSON.parse(text)).toThrow();
  });
});

describe('lineColumn', () => {
  it('counts lines and UTF-16 columns from 1', () => {
    expect(lineColumn('ab\ncd\n', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn('ab\ncd\n', 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumn('ab\ncd\n', 6)).toEqual({ line: 3, column: 1 });
    expect(lineColumn('😀x', 2)).toEqual({ line: 1, column: 3 });
  });
});
