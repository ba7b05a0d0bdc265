import { describe, expect, it } from '@jest/globals';
import { closestMatch, editDistance, formatKeyPath, locatedMessage } from '../../src/config/errors.js';

describe('formatKeyPath', () => {
  it('writes plain keys dotted, indexes in brackets and other keys quoted', () => {
    expect(formatKeyPath(['documents', 1, 'template'])).toBe('documents[1].template');
    expect(formatKeyPath(['rules', 'code-blok'])).toBe('rules.code-blok');
    expect(formatKeyPath(['templates', 'rfc', 'sections', 'Step {n}'])).toBe('templates.rfc.sections."Step {n}"');
    expect(formatKeyPath([])).toBe('');
  });

  it('locates a message in a file, or in the whole file', () => {
    expect(locatedMessage('a.yaml', ['detect'], 'bad')).toBe('a.yaml: detect: bad');
    expect(locatedMessage('a.yaml', [], 'bad')).toBe('a.yaml: bad');
  });
});

describe('suggestions', () => {
  it('counts a transposition as one edit', () => {
    expect(editDistance('documnets', 'documents')).toBe(1);
    expect(editDistance('code-blok', 'code-block')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('suggests the closest candidate within a third of the word', () => {
    expect(closestMatch('Detect', ['documents', 'detect'])).toBe('detect');
    expect(closestMatch('tempaltes', ['templates', 'rules'])).toBe('templates');
    expect(closestMatch('plugins', ['templates', 'rules'])).toBeUndefined();
  });
});
