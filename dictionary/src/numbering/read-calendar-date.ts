import { TimeZoneInvalidError } from './numbering.errors.js';

/** Plants are in China: numbers follow the calendar on the shop floor, not UTC. */
export const defaultTimeZone = 'Asia/Shanghai';

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The date a clock in `timeZone` shows at the instant `at`: 2026-03-01T17:00Z is 2 March in Shanghai. */
export function readCalendarDate(at: Date, timeZone: string = defaultTimeZone): CalendarDate {
  if (Number.isNaN(at.getTime())) throw new RangeError('The instant to number at is not a valid date');
  const parts = formatterFor(timeZone).formatToParts(at);
  const read = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((part) => part.type === type)?.value);
  return { year: read('year'), month: read('month'), day: read('day') };
}

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', { timeZone, calendar: 'gregory', numberingSystem: 'latn', year: 'numeric', month: 'numeric', day: 'numeric' });
    } catch {
      throw new TimeZoneInvalidError(timeZone);
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}
