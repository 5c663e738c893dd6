'use client';

import type { KeyboardEvent } from 'react';
import type { Translate } from '../../../shared/i18n/create-translator';
import type { Locale } from '../../../shared/i18n/locales';
import type { KpiPeriod, KpiPoint, KpiSeries } from '../api/kpi.shape';
import { formatKpiNumber } from '../utils/format-kpi-number';
import { formatPeriod, formatPeriodShort } from '../utils/format-period';
import { layoutKpiChart } from '../utils/layout-kpi-chart';

interface KpiCardProps {
  readonly series: KpiSeries;
  readonly periods: readonly KpiPeriod[];
  readonly selectedPeriod: string | undefined;
  readonly onSelect: (period: string) => void;
  readonly locale: Locale;
  readonly t: Translate;
}

/** "83.0%" or "0.42 turns": the figure as the card and the chart write it. */
export function formatKpiValue(series: Pick<KpiSeries, 'unit'>, value: number, locale: Locale, t: Translate): string {
  return series.unit === 'percent' ? formatKpiNumber(value, 'percent', locale) : t('dashboard.turns', { value: formatKpiNumber(value, 'turns', locale) });
}

export function describePeriod(period: KpiPeriod, locale: Locale, t: Translate): string {
  return t(period.bucket === 'week' ? 'dashboard.period.week' : 'dashboard.period.month', { date: formatPeriod(period, locale) });
}

/** The figure's parts under the value: numerator ÷ denominator, and ppm or days of inventory when the KPI has them. */
export function KpiFigureDetail({ series, point, locale, t }: { series: KpiSeries; point: Pick<KpiPoint, 'numerator' | 'denominator' | 'ppm' | 'daysOfInventory'>; locale: Locale; t: Translate }) {
  return (
    <span className="kpi-card__detail">
      {t('dashboard.ratio', {
        numerator: formatKpiNumber(point.numerator, 'units', locale),
        numeratorLabel: series.numeratorLabel[locale],
        denominator: formatKpiNumber(point.denominator, 'units', locale),
        denominatorLabel: series.denominatorLabel[locale],
      })}
      {point.ppm !== undefined && point.ppm !== null && <> · {t('dashboard.ppm', { ppm: formatKpiNumber(point.ppm, 'ppm', locale) })}</>}
      {point.daysOfInventory !== undefined && point.daysOfInventory !== null && <> · {t('dashboard.daysOfInventory', { days: formatKpiNumber(point.daysOfInventory, 'days', locale) })}</>}
    </span>
  );
}

export function KpiCard({ series, periods, selectedPeriod, onSelect, locale, t }: KpiCardProps) {
  const name = t(`dashboard.kpi.${series.key}`);
  const periodByKey = new Map(periods.map((period) => [period.key, period]));
  const latestIndex = series.points.findLastIndex((point) => point.value !== null);
  const latest = latestIndex >= 0 ? series.points[latestIndex]! : undefined;
  const layout = layoutKpiChart(series.points, series.unit);
  const valueText = (point: KpiPoint) => (point.value === null ? t('dashboard.chart.none') : formatKpiValue(series, point.value, locale, t));
  const keyDown = (period: string) => (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(period);
    }
  };
  const labelEvery = Math.max(1, Math.ceil(series.points.length / 6));

  return (
    <section className="kpi-card" data-testid="kpi-card" data-kpi={series.key} data-value={latest?.value ?? ''} aria-labelledby={`kpi-${series.key}-name`}>
      <h2 className="kpi-card__name" id={`kpi-${series.key}-name`}>
        {name}
      </h2>
      {latest ? (
        <p className="kpi-card__current">
          <span className="kpi-card__value" data-testid="kpi-current-value">
            {valueText(latest)}
          </span>
          <span className="kpi-card__period">{t('dashboard.latest', { period: describePeriod(periodByKey.get(latest.period)!, locale, t) })}</span>
          <KpiFigureDetail series={series} point={latest} locale={locale} t={t} />
        </p>
      ) : (
        <p className="kpi-card__current kpi-card__current--empty" data-testid="kpi-current-value">
          {t('dashboard.noValue')}
        </p>
      )}
      <svg
        className="kpi-chart"
        data-testid="kpi-chart"
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="group"
        aria-label={t('dashboard.chart.label', { kpi: name })}
      >
        <title>{t('dashboard.chart.label', { kpi: name })}</title>
        {layout.ticks.map((tick) => (
          <g key={tick.value} className="kpi-chart__tick" aria-hidden="true">
            <line x1={layout.plot.left} x2={layout.plot.right} y1={tick.y} y2={tick.y} />
            <text x={layout.plot.left - 4} y={tick.y} dy="0.32em" textAnchor="end">
              {series.unit === 'percent' ? formatKpiNumber(tick.value, 'ppm', locale) : formatKpiNumber(tick.value, 'turns', locale)}
            </text>
          </g>
        ))}
        {layout.bars.map((bar, index) => {
          const period = periodByKey.get(bar.period)!;
          const point = series.points[index]!;
          const label = t('dashboard.chart.bar', { period: describePeriod(period, locale, t), value: valueText(point) });
          const selected = bar.period === selectedPeriod;
          return (
            <g
              key={bar.period}
              className={`kpi-chart__bar${selected ? ' kpi-chart__bar--selected' : ''}${bar.value === null ? ' kpi-chart__bar--empty' : ''}`}
              data-testid="kpi-bar"
              data-period={bar.period}
              data-value={bar.value ?? ''}
              role="button"
              tabIndex={0}
              aria-label={label}
              aria-pressed={selected}
              onClick={() => onSelect(bar.period)}
              onKeyDown={keyDown(bar.period)}
            >
              <title>{label}</title>
              {/* The whole column is the target, so a low bar is as easy to click as a high one. */}
              <rect className="kpi-chart__hit" x={bar.x} y={layout.plot.top} width={layout.barWidth} height={layout.plot.bottom - layout.plot.top} />
              <rect className="kpi-chart__value" x={bar.x} y={bar.y} width={layout.barWidth} height={Math.max(bar.height, bar.value === null ? 0 : 1)} />
              {index % labelEvery === 0 && (
                <text className="kpi-chart__label" x={bar.x + layout.barWidth / 2} y={layout.height - 6} textAnchor="middle" aria-hidden="true">
                  {formatPeriodShort(period, locale)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <p className="kpi-card__formula" data-testid="kpi-formula">
        <span className="kpi-card__formula-label">{t('dashboard.formula')}</span> {series.formula[locale]}
      </p>
      {series.note && (
        <p className="kpi-card__note" data-testid="kpi-note">
          {series.note[locale]}
        </p>
      )}
      <details className="kpi-card__table">
        <summary>{t('dashboard.table.summary')}</summary>
        <div className="kpi-card__table-scroll">
        <table className="data-table" data-testid="kpi-data-table">
          <caption className="visually-hidden">{name}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.table.period')}</th>
              <th scope="col" className="data-table__numeric">
                {series.numeratorLabel[locale]}
              </th>
              <th scope="col" className="data-table__numeric">
                {series.denominatorLabel[locale]}
              </th>
              <th scope="col" className="data-table__numeric">
                {t('dashboard.table.value')}
              </th>
              <th scope="col">{t('dashboard.table.records')}</th>
            </tr>
          </thead>
          <tbody>
            {series.points.map((point) => (
              <tr key={point.period}>
                <th scope="row" className="kpi-card__table-period">
                  {formatPeriod(periodByKey.get(point.period)!, locale)}
                </th>
                <td className="data-table__numeric">{formatKpiNumber(point.numerator, 'units', locale)}</td>
                <td className="data-table__numeric">{formatKpiNumber(point.denominator, 'units', locale)}</td>
                <td className="data-table__numeric">{valueText(point)}</td>
                <td>
                  <button type="button" className="button button--ghost kpi-card__show" data-testid="kpi-show-records" data-period={point.period} onClick={() => onSelect(point.period)}>
                    {t('dashboard.table.show')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      </details>
    </section>
  );
}
