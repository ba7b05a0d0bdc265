import { describe, expect, it } from '@jest/globals';
import { parseMemberNumber } from '../../src/match/member-number.js';
import type { SectionRule } from '../../src/template/schema.js';
import { numberedSeries, section } from './schema-builders.js';

function seriesOf(numbering: 'letter' | 'dotted' | 'range', pattern: string): SectionRule {
  return section('x', { kind: 'series', pattern, series: { numbering, prefix: '', members: [] } });
}

describe('parseMemberNumber', () => {
  it('reads numbers, letters, dotted numbers and ranges from the named groups', () => {
    expect(parseMemberNumber('step 12: ship', numberedSeries('Step'))).toEqual({ label: '12', first: 12, last: 12 });
    expect(parseMemberNumber('appendix b: data', seriesOf('letter', '^appendix\\s?(?<n>[a-z])(?![\\p{L}\\p{N}]).*$'))).toEqual({
      label: 'B',
      first: 2,
      last: 2,
    });
    expect(parseMemberNumber('2.3 cache', seriesOf('dotted', '^(?<n>\\d+(?:\\.\\d+){1})(?![\\p{L}\\p{N}]|\\.\\d).*$'))).toEqual({
      label: '2.3',
      first: 3,
      last: 3,
    });
    const day = seriesOf('range', '^day\\s?(?<n>\\d+)(?:\\s?[-–—]\\s?(?<end>\\d+))?(?![\\p{L}\\p{N}]).*$');
    expect(parseMemberNumber('day 3-5: cache', day)).toEqual({ label: '3-5', first: 3, last: 5 });
    expect(parseMemberNumber('day 8: polish', day)).toEqual({ label: '8', first: 8, last: 8 });
  });

  it('gives null for a heading without the number, or a rule that is no series', () => {
    expect(parseMemberNumber('steps', numberedSeries('Step'))).toBeNull();
    expect(parseMemberNumber('overview', section('Overview'))).toBeNull();
  });
});
