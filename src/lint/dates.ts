/** ISO calendar dates, as date fields and date columns require them. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;

/** `YYYY-MM-DD` naming a real day (so not 2023-02-29). */
export function isCalendarDate(text: string): boolean {
  const parts = ISO_DATE.exec(text.trim());
  if (!parts) return false;
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
