import { describe, expect, it } from '@jest/globals';
import { TextMemo } from '../../src/outline/text-memo.js';

describe('TextMemo', () => {
  it('computes an answer once per text, and starts afresh past its limit', () => {
    const memo = new TextMemo<number>(2);
    let computed = 0;
    const length = (text: string): number => {
      computed += 1;
      return text.length;
    };
    expect([memo.get('a', length), memo.get('bb', length), memo.get('a', length)]).toEqual([1, 2, 1]);
    expect(computed).toBe(2);
    memo.get('ccc', length);
    memo.get('a', length);
    expect(computed).toBe(4);
  });
});
