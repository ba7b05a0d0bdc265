import { describe, expect, it } from '@jest/globals';
import { dateFormatText, isDateIn } from '../../src/lint/dates.js';

describe('isDateIn', () => {
  it('reads each format, and ISO in any format', () => {
    expect(isDateIn('YYYY-MM-DD', '2024-02-29')).toBe(true);
    expect(isDateIn('YYYY-MM-DD', '2023-02-29')).toBe(false);
    expect(isDateIn('MM/DD/YYYY', '12/31/2024')).toBe(true);
    expect(isDateIn('MM/DD/YYYY', '31/12/2024')).toBe(false);
    expect(isDateIn('DD/MM/YYYY', '31/12/2024')).toBe(true);
    expect(isDateIn('YYYY/MM/DD', '2024/12/31')).toBe(true);
    expect(isDateIn('YYYYMMDD', '20241231')).toBe(true);
    expect(isDateIn('YYYYMMDD', '20241331')).toBe(false);
    expect(isDateIn('Month DD, YYYY', 'February 29, 2024')).toBe(true);
    expect(isDateIn('Month DD, YYYY', 'Sept. 3, 2024')).toBe(true);
    expect(isDateIn('Month DD, YYYY', 'Smarch 3, 2024')).toBe(false);
    expect(isDateIn('MM/DD/YYYY', '2024-12-31')).toBe(true);
  });

  it('says the format, and ISO beside another', () => {
    expect(dateFormatText('YYYY-MM-DD')).toBe('YYYY-MM-DD');
    expect(dateFormatText('MM/DD/YYYY')).toBe('MM/DD/YYYY or YYYY-MM-DD');
  });
});
