import { describe, expect, it } from '@jest/globals';
import { fixSource, MAX_FIX_PASSES } from '../../src/fix/fix-source.js';
import type { Finding } from '../../src/lint/types.js';

function finding(message: string, fix?: { at: number; text: string }): Finding {
  return {
    ruleId: 'required-section',
    severity: 2,
    message,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    ...(fix ? { fix: { range: [fix.at, fix.at], text: fix.text } } : {}),
  };
}

describe('fixSource (ESLint\'s passes)', () => {
  it('lints again after each pass until no fix is left, and returns what remains', () => {
    // Wants "A" and "B" at the start, each reported at offset 0: one goes in per pass.
    const lint = (text: string): Finding[] => [
      ...(text.includes('A') ? [] : [finding('no A', { at: 0, text: 'A' })]),
      ...(text.includes('B') ? [] : [finding('no B', { at: 0, text: 'B' })]),
      finding('by hand'),
    ];
    const fixed = fixSource('-', lint);
    expect(fixed.output).toBe('BA-');
    expect(fixed.passes).toBe(2);
    expect(fixed.messages.map((message) => message.message)).toEqual(['by hand']);
  });

  it('changes nothing and lints once when there is no fix', () => {
    let lints = 0;
    const fixed = fixSource('text', () => {
      lints += 1;
      return [finding('by hand')];
    });
    expect([fixed.output, fixed.passes, lints]).toEqual(['text', 0, 1]);
  });

  it(`stops after ${MAX_FIX_PASSES} passes when fixes keep coming, with the findings of the last text`, () => {
    const fixed = fixSource('', (text) => [finding(`length ${text.length}`, { at: 0, text: 'x' })]);
    expect(fixed.passes).toBe(MAX_FIX_PASSES);
    expect(fixed.output).toBe('x'.repeat(MAX_FIX_PASSES));
    expect(fixed.messages.map((message) => message.message)).toEqual([`length ${MAX_FIX_PASSES}`]);
  });

  it('stops when a fix leaves the text as it was', () => {
    const fixed = fixSource('same', () => [finding('no-op', { at: 0, text: '' })]);
    expect([fixed.output, fixed.passes]).toEqual(['same', 0]);
  });

  it('backs out a fix whose finding is still there after it, keeps the others of its pass, and drops that fix', () => {
    // "no A" comes with a fix that inserts the wrong letter: applied, its finding would stay.
    const lint = (text: string): Finding[] => [
      ...(text.includes('A') ? [] : [finding('no A', { at: 0, text: 'a' })]),
      ...(text.includes('B') ? [] : [finding('no B', { at: 1, text: 'B' })]),
    ];
    const fixed = fixSource('--', lint);
    expect([fixed.output, fixed.passes]).toEqual(['-B-', 1]);
    expect(fixed.messages).toStrictEqual([finding('no A')]);
    expect(fixSource(fixed.output, lint).output).toBe(fixed.output);
  });

  it('tries a backed-out fix again once another fix has changed the text', () => {
    // "no A" can be fixed only once "B" is in; both are fixable at offset 0 in one pass.
    const lint = (text: string): Finding[] => [
      ...(text.includes('A') ? [] : [finding('no A', { at: text.includes('B') ? 1 : 0, text: text.includes('B') ? 'A' : 'x' })]),
      ...(text.includes('B') ? [] : [finding('no B', { at: 1, text: 'B' })]),
    ];
    expect(fixSource('-', lint).output).toBe('-AB');
  });
});
