import type { Locale } from '../../../shared/i18n/locales';

export interface PeriodLike {
  readonly key: string;
  readonly bucket: 'week' | 'month';
  readonly start: string;
}

// A period's days are already the plant's calendar days: formatted in UTC, they stay the same days.
const day = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

/** The period for a heading: "Week of 9 Mar 2026", "March 2026" (the sentence around it comes from the catalog). */
export function formatPeriod(period: PeriodLike, locale: Locale): string {
  return period.bucket === 'month'
    ? new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(day(period.start))
    : new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(day(period.start));
}

/** The period under a bar: the Monday or the month, short. */
export function formatPeriodShort(period: PeriodLike, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, period.bucket === 'month' ? { month: 'short', timeZone: 'UTC' } : { month: 'numeric', day: 'numeric', timeZone: 'UTC' }).format(day(period.start));
}
