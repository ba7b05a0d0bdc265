/** Calendar dates, as date fields and date columns require them. */

import type { DateFormat } from '../template/schema.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** How each format's digits are read: a pattern, and which groups hold the year, month and day. */
const NUMERIC_FORMATS: Record<Exclude<DateFormat, 'Month DD, YYYY' | 'any'>, { pattern: RegExp; year: number; month: number; day: number }> = {
  'YYYY-MM-DD': { pattern: ISO_DATE, year: 1, month: 2, day: 3 },
  'MM/DD/YYYY': { pattern: /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/u, year: 3, month: 1, day: 2 },
  'DD/MM/YYYY': { pattern: /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/u, year: 3, month: 2, day: 1 },
  'YYYY/MM/DD': { pattern: /^(\d{4})\/(\d{2})\/(\d{2})$/u, year: 1, month: 2, day: 3 },
  YYYYMMDD: { pattern: /^(\d{4})(\d{2})(\d{2})$/u, year: 1, month: 2, day: 3 },
};
/** `January 5, 2024`, `Jan 5, 2024`, `Sept. 30, 2024`. */
const MONTH_NAME_DATE = /^(\p{L}{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/u;

/** `YYYY-MM-DD` naming a real day (so not 2023-02-29). */
export function isCalendarDate(text: string): boolean {
  return isDateIn('YYYY-MM-DD', text);
}

/**
 * A real day written in `format`, or in ISO form whatever the format: a team that asks for
 * `MM/DD/YYYY` still reads `2024-03-01` unambiguously.
 */
export function isDateIn(format: DateFormat, text: string): boolean {
  const value = text.trim();
  if (format !== 'YYYY-MM-DD' && isDateIn('YYYY-MM-DD', value)) return true;
  if (format === 'any') return (['MM/DD/YYYY', 'DD/MM/YYYY', 'Month DD, YYYY'] as const).some((written) => isDateIn(written, value));
  if (format === 'Month DD, YYYY') {
    const parts = MONTH_NAME_DATE.exec(value);
    const month = parts ? monthNumber(parts[1]!) : 0;
    return parts !== null && month > 0 && isRealDay(Number(parts[3]), month, Number(parts[2]));
  }
  const { pattern, year, month, day } = NUMERIC_FORMATS[format];
  const parts = pattern.exec(value);
  return parts !== null && isRealDay(Number(parts[year]), Number(parts[month]), Number(parts[day]));
}

/** What a message says a date must look like: `YYYY-MM-DD`, or `MM/DD/YYYY or YYYY-MM-DD`. */
export function dateFormatText(format: DateFormat): string {
  if (format === 'any') return 'YYYY-MM-DD or a written day such as 3/14/2024';
  return format === 'YYYY-MM-DD' ? format : `${format} or YYYY-MM-DD`;
}

/** 1–12 for an English month name or its first three letters or more (`Sep`, `Sept`), else 0. */
function monthNumber(name: string): number {
  const lower = name.toLowerCase();
  return lower.length < 3 ? 0 : MONTHS.findIndex((month) => month.startsWith(lower)) + 1;
}

function isRealDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
