import type { Locale } from '../../../shared/i18n/locales';

/** A reading as measured (up to six places), a score to two places, or a share as a percentage. */
export function formatFigure(value: number, locale: Locale, style: 'reading' | 'score' | 'percent' = 'reading'): string {
  if (style === 'percent') return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value);
  if (style === 'score') return new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'exceptZero' }).format(value);
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 6 }).format(value);
}
