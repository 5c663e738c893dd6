import type { Locale } from '../i18n/locales';

/**
 * The plant's time zone: times are shown as the plant lives them, the same on the server and in
 * every browser (so a page never shows a time in the server's zone). Set at build time with
 * NEXT_PUBLIC_PLANT_TIME_ZONE, like the api's PLANT_TIME_ZONE.
 */
export const PLANT_TIME_ZONE = process.env.NEXT_PUBLIC_PLANT_TIME_ZONE ?? 'Asia/Shanghai';

/** A date-time for people reading the page, in the plant's time zone, with the zone named. */
export function formatDateTime(isoDateTime: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'long', timeZone: PLANT_TIME_ZONE }).format(new Date(isoDateTime));
}

/** The zone's offset from UTC at an instant, as `+08:00`. */
export function zoneOffset(at: Date, timeZone: string = PLANT_TIME_ZONE): string {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(at).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  // "GMT" alone is UTC itself.
  return name === 'GMT' ? '+00:00' : name.slice('GMT'.length);
}

function offsetMinutes(offset: string): number {
  const sign = offset.startsWith('-') ? -1 : 1;
  const [hours, minutes] = offset.slice(1).split(':').map(Number);
  return sign * ((hours ?? 0) * 60 + (minutes ?? 0));
}

/** The instant a wall-clock time in the plant (`2026-12-01T17:00`, seconds optional) stands for. */
export function fromPlantWallTime(wallTime: string, timeZone: string = PLANT_TIME_ZONE): Date {
  const asUtc = Date.parse(`${wallTime}Z`);
  // The offset at the wall time read as UTC, then again at the result: right across a DST change.
  const first = asUtc - offsetMinutes(zoneOffset(new Date(asUtc), timeZone)) * 60_000;
  return new Date(asUtc - offsetMinutes(zoneOffset(new Date(first), timeZone)) * 60_000);
}

/** The plant's wall-clock time of an instant, as `2026-12-01T17:00` (what a datetime-local input holds). */
export function toPlantWallTime(instant: Date, timeZone: string = PLANT_TIME_ZONE): string {
  return new Date(instant.getTime() + offsetMinutes(zoneOffset(instant, timeZone)) * 60_000).toISOString().slice(0, 16);
}
