const millisecondsPerDay = 86_400_000;
const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
// The shape of ajv-formats' iso-date-time: the offset may be left out (read as UTC) and may lack
// its colon (+0800, as Camunda writes dates).
const dateTimePattern = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}(?::?\d{2})?)?$/;

/** `2026-01-31` → days since 1970-01-01, or undefined when it is not a calendar date. */
export function parseDateToDay(text: string): number | undefined {
  const match = datePattern.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return time / millisecondsPerDay;
}

/** `2026-01-31T08:00:00+08:00` → epoch milliseconds; without an offset the time is UTC. */
export function parseDateTimeToInstant(text: string): number | undefined {
  const match = dateTimePattern.exec(text);
  if (!match) return undefined;
  const day = parseDateToDay(`${match[1]}-${match[2]}-${match[3]}`);
  const [hours, minutes, seconds] = [Number(match[4]), Number(match[5]), Number(match[6])];
  if (day === undefined || hours > 23 || minutes > 59 || seconds > 59) return undefined;
  const fraction = match[7] ? Math.round(Number(match[7]) * 1000) : 0;
  return day * millisecondsPerDay + ((hours * 60 + minutes) * 60 + seconds) * 1000 + fraction - offsetMinutes(match[8]) * 60_000;
}

function offsetMinutes(offset: string | undefined): number {
  if (!offset || offset === 'Z' || offset === 'z') return 0;
  const digits = offset.slice(1).replace(':', '');
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0');
  return offset.startsWith('-') ? -minutes : minutes;
}

/** Days since 1970-01-01 → `2026-01-31`. */
export function formatDay(day: number): string {
  return new Date(day * millisecondsPerDay).toISOString().slice(0, 10);
}

const calendars = new Map<string, Intl.DateTimeFormat>();

/** The calendar date an instant falls on in a time zone (IANA name, e.g. Asia/Shanghai). */
export function calendarDateOf(instant: Date | number, timeZone: string): string {
  let calendar = calendars.get(timeZone);
  if (!calendar) {
    calendar = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    calendars.set(timeZone, calendar);
  }
  const parts = Object.fromEntries(calendar.formatToParts(instant).map((part) => [part.type, part.value]));
  return `${parts.year!.padStart(4, '0')}-${parts.month}-${parts.day}`;
}

/** The calendar day, in days since 1970-01-01, a date-time falls on in a time zone. */
export function dayOfInstant(instant: number, timeZone: string): number {
  return parseDateToDay(calendarDateOf(instant, timeZone))!;
}
