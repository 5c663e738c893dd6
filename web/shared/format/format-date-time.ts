import type { Locale } from '../i18n/locales';

/** A date-time for people reading the page: long enough to carry the server's time zone. */
export function formatDateTime(isoDateTime: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'long' }).format(new Date(isoDateTime));
}
