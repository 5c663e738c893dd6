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
