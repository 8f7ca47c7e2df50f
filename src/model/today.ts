import { ISO_DATE } from '../schema/patterns.js';

/** True for a real calendar day written YYYY-MM-DD (no 29 February in a common year). */
export function isCalendarDate(text: string): boolean {
  if (!ISO_DATE.test(text)) return false;
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The system's date in UTC, YYYY-MM-DD: the only place the library reads the clock. */
export function systemToday(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
