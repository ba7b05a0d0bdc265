import { describe, expect, it } from '@jest/globals';
import { memberNumber, parseNumbered, seriesKey } from '../../src/template/numbered.js';
import { isSeries } from '../../src/template/passes/3-classify.js';
import { seriesDisplay, seriesPattern } from '../../src/template/patterns.js';
import { compilePattern, normalizeForMatch } from '../../src/template/text.js';

const groups = (pattern: string, text: string): Record<string, string | undefined> | null =>
  compilePattern(pattern).exec(normalizeForMatch(text))?.groups ?? null;

describe('parseNumbered', () => {
  it('reads a prefix, a number and the rest', () => {
    expect(parseNumbered('Phase 1: Foundation (Week 1-2)')).toEqual({
      prefix: 'Phase',
      numbering: 'number',
      number: '1',
      parts: 1,
      rest: ': Foundation (Week 1-2)',
    });
    expect(parseNumbered('Common Issue 2: [Issue Description]')).toMatchObject({ prefix: 'Common Issue', number: '2' });
  });

  it('reads letters, dotted numbers and ranges', () => {
    expect(parseNumbered('Appendix B: [Title]')).toMatchObject({ numbering: 'letter', number: 'B' });
    expect(parseNumbered('1.2 [Another Quick Win]')).toMatchObject({ prefix: '', numbering: 'dotted', parts: 2 });
    expect(parseNumbered('Day 3-5: [Major Component]')).toMatchObject({ numbering: 'range', number: '3-5' });
    expect(parseNumbered('3. Add [Infrastructure Component]')).toMatchObject({ prefix: '', number: '3', rest: '. Add [Infrastructure Component]' });
  });

  it('does not read words, embedded digits or a leading article as numbers', () => {
    expect(parseNumbered('Problem Statement')).toBeNull();
    expect(parseNumbered('e2e tests')).toBeNull();
    expect(parseNumbered('A Guide to Testing')).toBeNull();
    expect(parseNumbered('2FA Setup')).toBeNull();
  });
});

describe('series helpers', () => {
  it('keys members by prefix, numbering and parts', () => {
    const one = parseNumbered('Phase 1: Foundation');
    const two = parseNumbered('PHASE 2: [Name]');
    const dotted = parseNumbered('Phase 1.1 Setup');
    expect(one && two && seriesKey(one) === seriesKey(two)).toBe(true);
    expect(one && dotted && seriesKey(one) === seriesKey(dotted)).toBe(false);
  });

  it('gives the running part of a number', () => {
    const numbers = ['Step 3', 'Appendix C', '2.4 Thing', 'Day 6-8'].map((text) => {
      const numbered = parseNumbered(text);
      return numbered ? memberNumber(numbered) : null;
    });
    expect(numbers).toEqual(['3', 'C', '4', '6']);
  });

  it('decides when numbered headings form a series', () => {
    const candidate = (text: string, hasPlaceholder: boolean) => {
      const numbered = parseNumbered(text);
      if (!numbered) throw new Error(text);
      return { numbered, hasPlaceholder };
    };
    expect(isSeries([candidate('Phase 1: Foundation', false), candidate('Phase 2: [Name]', true)])).toBe(true);
    expect(isSeries([candidate('Phase 1: Setup', false), candidate('Phase 2: Core', false)])).toBe(false);
    expect(isSeries([candidate('Issue 1: [Problem]', true)])).toBe(true);
    expect(isSeries([candidate('Issue 2: [Problem]', true)])).toBe(false);
    expect(isSeries([candidate('Story 1 (Optional)', false)])).toBe(false);
  });

  it('builds patterns capturing the member number', () => {
    const phase = parseNumbered('Phase 2: [Phase Name] (Week 3-4)');
    const day = parseNumbered('Day 1-2: Quick Wins');
    const dotted = parseNumbered('1.1 [Quick Win Name]');
    const letter = parseNumbered('Appendix A: [Title]');
    if (!phase || !day || !dotted || !letter) throw new Error('unparsed');
    expect(seriesPattern(phase)).toBe('^phase\\s?(?<n>\\d+)(?![\\p{L}\\p{N}]|\\.\\d).*$');
    expect(groups(seriesPattern(phase), 'Phase 12: Rollout')).toEqual({ n: '12' });
    expect(groups(seriesPattern(phase), 'Phase 1.5')).toBeNull();
    expect(groups(seriesPattern(day), 'Day 6-8: Caching')).toEqual({ n: '6', end: '8' });
    expect(groups(seriesPattern(day), 'Day 9')).toEqual({ n: '9', end: undefined });
    expect(groups(seriesPattern(dotted), '2.3 Cache warm-up')).toEqual({ n: '2.3' });
    expect(groups(seriesPattern(dotted), '2.3.1 Deeper')).toBeNull();
    expect(groups(seriesPattern(letter), 'Appendix C - Glossary')).toEqual({ n: 'c' });
    expect(groups(seriesPattern(letter), 'Appendix About')).toBeNull();
  });

  it('names series readably', () => {
    const display = (text: string): string => {
      const numbered = parseNumbered(text);
      return numbered ? seriesDisplay(numbered) : '';
    };
    expect(display('Component 1: [Name]')).toBe('Component {n}');
    expect(display('Appendix A: [Title]')).toBe('Appendix {A}');
    expect(display('Day 1-2: Quick Wins')).toBe('Day {a}-{b}');
    expect(display('1. Check [Dependency Name]')).toBe('{n}. …');
    expect(display('1.1 [Quick Win Name]')).toBe('{x}.{n} …');
  });
});
