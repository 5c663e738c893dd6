import type { Locale } from '../../../shared/i18n/locales';

export type KpiNumberKind = 'percent' | 'turns' | 'units' | 'ppm' | 'days';

const options: Record<KpiNumberKind, Intl.NumberFormatOptions> = {
  percent: { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 },
  turns: { minimumFractionDigits: 2, maximumFractionDigits: 2 },
  units: { maximumFractionDigits: 1 },
  ppm: { maximumFractionDigits: 0 },
  days: { maximumFractionDigits: 0 },
};

/** A KPI figure as the reader's language writes numbers: a percentage is given as a value out of 100. */
export function formatKpiNumber(value: number, kind: KpiNumberKind, locale: Locale): string {
  return new Intl.NumberFormat(locale, options[kind]).format(kind === 'percent' ? value / 100 : value);
}
