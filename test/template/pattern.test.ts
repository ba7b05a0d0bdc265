import { describe, expect, it } from '@jest/globals';
import { patternFromSegments, segmentText as segmentsAt, textPattern as patternAt, type PatternOptions } from '../../src/template/patterns.js';
import { findPlaceholders, type ScanOptions } from '../../src/template/placeholders.js';

/** The pattern of a text with the placeholders a scan with `scan` finds in it. */
const textPattern = (text: string, scan: ScanOptions = {}, options: PatternOptions = {}): string =>
  patternAt(text, findPlaceholders(text, scan), options);
const segmentText = (text: string, scan: ScanOptions = {}) => segmentsAt(text, findPlaceholders(text, scan));
import { compilePattern, normalizeForMatch } from '../../src/template/text.js';

const matches = (pattern: string, text: string): boolean => compilePattern(pattern).test(normalizeForMatch(text));

describe('textPattern', () => {
  it('turns placeholders into holes over normalized text', () => {
    expect(textPattern('[Feature/Component] Implementation Guide')).toBe('^.+ implementation guide$');
    expect(textPattern('<Component Name> Implementation Specification')).toBe('^.+ implementation specification$');
    expect(textPattern('Problem Statement')).toBe('^problem statement$');
  });

  it('escapes literal text', () => {
    const pattern = textPattern('CI/CD Pipeline (v1.2+)');
    expect(pattern).toBe('^ci\\/cd pipeline \\(v1\\.2\\+\\)$');
    expect(matches(pattern, '**CI/CD Pipeline (v1.2+)**')).toBe(true);
  });

  it('makes ids an id hole and file names a hole, when asked', () => {
    const title = textPattern('Implementation Guide: CHRONO-003', { digitIds: true });
    expect(title).toBe('^implementation guide: [a-z][a-z0-9]*-\\d+$');
    expect(matches(title, 'Implementation Guide: AUTH-12')).toBe(true);
    expect(matches(title, 'Implementation Guide: the auth work')).toBe(false);
    expect(textPattern('Update requirements.txt', { fileNames: true })).toBe('^update .+$');
  });

  it('ignores case, emphasis, whitespace and trailing colons in the document', () => {
    const pattern = textPattern('Key Considerations');
    expect(matches(pattern, '  **Key   considerations:** ')).toBe(true);
    expect(matches(pattern, 'Key Consideration')).toBe(false);
  });

  it('requires non-empty text in a hole', () => {
    const pattern = textPattern('[Feature] Implementation Guide');
    expect(matches(pattern, 'Auth Implementation Guide')).toBe(true);
    expect(matches(pattern, 'Implementation Guide')).toBe(false);
  });

  it('can make a trailing parenthetical optional', () => {
    const pattern = textPattern('User Stories (Optional)', {}, { optionalTrailingParen: true });
    expect(pattern).toBe('^user stories(?:\\s*\\(.*\\))?$');
    expect(matches(pattern, 'User Stories')).toBe(true);
    expect(matches(pattern, 'User Stories (Optional)')).toBe(true);
    expect(textPattern('Notes (optional) and more')).toBe('^notes(?:\\s*\\(optional\\))? and more$');
  });

  it('can accept a leading section number the template lacks', () => {
    const pattern = textPattern('Summary', {}, { optionalLeadingNumber: true });
    expect(matches(pattern, '1. Summary')).toBe(true);
    expect(matches(pattern, '2.3 Summary')).toBe(true);
    expect(matches(pattern, 'Summary')).toBe(true);
    expect(matches(pattern, 'Short Summary')).toBe(false);
  });
});

describe('segmentText / patternFromSegments', () => {
  it('splits literal runs and holes', () => {
    expect(segmentText('KEP-NNNN: Your title')).toEqual([
      { kind: 'hole', hole: 'id' },
      { kind: 'literal', text: ': Your title' },
    ]);
    expect(
      patternFromSegments([
        { kind: 'literal', text: 'Step ' },
        { kind: 'hole', hole: 'any' },
      ]),
    ).toBe('^step .+$');
  });
});
