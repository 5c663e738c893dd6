import { type NumberingPattern, parseNumberingPattern } from './parse-numbering-pattern.js';
import { defaultTimeZone, readCalendarDate } from './read-calendar-date.js';

/** The period key of a pattern that never starts again. */
export const allTimePeriodKey = 'all';

/**
 * The period the counter belongs to at `at`: `2026-03-02` for a pattern reset daily, `2026-03`
 * monthly, `2026` yearly, `all` when the pattern has no date. The api keeps one counter per
 * (sequence, period key); use the same `at` and time zone here and in `formatNumber`.
 */
export function computePeriodKey(pattern: NumberingPattern | string, at: Date, timeZone: string = defaultTimeZone): string {
  const { period } = typeof pattern === 'string' ? parseNumberingPattern(pattern) : pattern;
  if (period === 'never') return allTimePeriodKey;
  const date = readCalendarDate(at, timeZone);
  const year = String(date.year).padStart(4, '0');
  const month = String(date.month).padStart(2, '0');
  const day = String(date.day).padStart(2, '0');
  return period === 'year' ? year : period === 'month' ? `${year}-${month}` : `${year}-${month}-${day}`;
}
