import { describe, expect, it } from '@jest/globals';
import { headingSimilarity } from '../../src/match/heading-similarity.js';

describe('headingSimilarity', () => {
  it.each([
    ['Future possibilities', 'Future Posibilities'],
    ['Overview', 'Overveiw'],
    ['Acknowledgments', 'Acknowledgements'],
    ['Guide-level explanation', 'Guide Level Explanation'],
    ['Rationale and alternatives', 'Alternatives'],
    ['Risks and Mitigations', '2. Risks'],
    ['Design Proposal', 'Proposed design proposal'],
    ['Questions and Discussion Topics', 'Questions / Discussion Topics'],
    ['[Component] Overview', 'Overviews'],
  ])('%s is near %s', (template, heading) => {
    expect(headingSimilarity(template, heading)).toBeGreaterThan(0);
  });

  it.each([
    ['Review', 'Overview'],
    ['Alternatives Considered', 'Alternative names'],
    ['Prior art', 'Prior work'],
    ['Design Details', 'Recommended design'],
    ['[Component]', 'Anything'],
  ])('%s is not near %s', (template, heading) => {
    expect(headingSimilarity(template, heading)).toBe(0);
  });

  it('ranks a misspelling above a rewording', () => {
    const misspelled = headingSimilarity('Motivation', 'Motivaton');
    const reworded = headingSimilarity('Motivation', 'Motivation and goals');
    expect(misspelled).toBeCloseTo(0.9);
    expect(reworded).toBeCloseTo(2 / 3);
  });
});
