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
    // Wants "A" at the start, then (once "A" is there) "B" after it: one of the problems found first is fixed.
    const lint = (text: string): Finding[] => [
      ...(text.includes('A') ? [] : [finding('no A', { at: 0, text: 'A' })]),
      ...(!text.includes('A') || text.includes('B') ? [] : [finding('no B', { at: 1, text: 'B' })]),
      finding('by hand'),
    ];
    const fixed = fixSource('-', lint);
    expect([fixed.output, fixed.passes, fixed.fixed]).toEqual(['AB-', 2, 1]);
    expect(fixed.messages.map((message) => message.message)).toEqual(['by hand']);
  });

  it('makes the insertions at one place in one pass, in the order they are reported', () => {
    const lint = (text: string): Finding[] =>
      ['A', 'B', 'C'].flatMap((letter) => (text.includes(letter) ? [] : [finding(`no ${letter}`, { at: 1, text: letter })]));
    expect(fixSource('<>', lint)).toEqual({ output: '<ABC>', messages: [], passes: 1, fixed: 3 });
  });

  it('does a pass again one insertion per place when the joined insertions leave a finding under another message', () => {
    // "b" goes before "A" (or where "A" goes), but "A" is reported first: joined, "Ab" leaves "b" misplaced.
    const lint = (text: string): Finding[] => [
      ...(text.includes('A') ? [] : [finding('no A', { at: text.indexOf('>'), text: 'A' })]),
      ...(text.includes('b')
        ? text.includes('Ab') ? [finding('b after A')] : []
        : [finding('no b', { at: text.includes('A') ? text.indexOf('A') : text.indexOf('>'), text: 'b' })]),
    ];
    expect(fixSource('<>', lint)).toEqual({ output: '<bA>', messages: [], passes: 2, fixed: 2 });
  });

  it('counts as fixed every finding first found with a fix that is gone, also by another finding\'s fix', () => {
    // Both findings carry the fix that inserts both letters; it goes in once.
    const both = { at: 0, text: 'AB' };
    const lint = (text: string): Finding[] => (text.includes('A') ? [] : [finding('no A', both), finding('no B', both)]);
    expect(fixSource('-', lint)).toEqual({ output: 'AB-', messages: [], passes: 1, fixed: 2 });
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

  it('lints each text once, also a text a backed-out fix gives again when it is tried after another pass', () => {
    // "a" for "no A" never takes: tried beside "B", then again alone after "B" is in — the same text.
    const linted: string[] = [];
    const lint = (text: string): Finding[] => {
      linted.push(text);
      return [
        ...(text.includes('A') ? [] : [finding('no A', { at: 0, text: 'a' })]),
        ...(text.includes('B') ? [] : [finding('no B', { at: 1, text: 'B' })]),
      ];
    };
    expect(fixSource('-', lint).output).toBe('-B');
    expect(linted).toEqual(['-', 'a-B', '-B']);
  });

  it('gives up a fix that went in alone at its place at once, without doing the pass again one insertion per place', () => {
    // "x" for "no X" never takes; "A" and "B" go in together elsewhere, and rightly.
    const linted: string[] = [];
    const lint = (text: string): Finding[] => {
      linted.push(text);
      return [
        ...(text.includes('X') ? [] : [finding('no X', { at: 0, text: 'x' })]),
        ...['A', 'B'].flatMap((letter) => (text.includes(letter) ? [] : [finding(`no ${letter}`, { at: text.indexOf('>'), text: letter })])),
      ];
    };
    expect(fixSource('<>', lint).output).toBe('<AB>');
    expect(linted).toEqual(['<>', 'x<AB>', '<AB>']);
  });
});
