'use client';

import Link from 'next/link';
import { useEffect, useMemo, useRef, useState, useTransition } from 'react';
import { createTranslator, isMessageKey, type Translate } from '../../../shared/i18n/create-translator';
import type { Locale } from '../../../shared/i18n/locales';
import { loadKpiRecordsAction, type KpiRecordsResult } from '../actions/kpi-records.action';
import type { KpiDashboard as KpiDashboardData, KpiKey, KpiSeries } from '../api/kpi.shape';
import { formatKpiNumber } from '../utils/format-kpi-number';
import { describePeriod, formatKpiValue, KpiCard, KpiFigureDetail } from './kpi-card';

interface KpiDashboardProps {
  readonly dashboard: KpiDashboardData;
  readonly locale: Locale;
}

interface Selection {
  readonly kpi: KpiKey;
  readonly period: string;
}

export function KpiDashboard({ dashboard, locale }: KpiDashboardProps) {
  const t = useMemo(() => createTranslator(locale), [locale]);
  const [selection, setSelection] = useState<Selection>();
  const [result, setResult] = useState<{ selection: Selection; result: KpiRecordsResult }>();
  const [loading, startLoading] = useTransition();
  const panel = useRef<HTMLElement>(null);

  const select = (kpi: KpiKey, period: string) => {
    const next = { kpi, period };
    setSelection(next);
    startLoading(async () => {
      const loaded = await loadKpiRecordsAction(kpi, period);
      setResult({ selection: next, result: loaded });
    });
  };

  useEffect(() => {
    if (selection) panel.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [selection, result]);

  const current = result && selection && result.selection.kpi === selection.kpi && result.selection.period === selection.period ? result.result : undefined;
  const selectedSeries = selection ? dashboard.kpis.find((series) => series.key === selection.kpi) : undefined;

  return (
    <div className="kpi-dashboard" data-testid="dashboard">
      <div className="kpi-grid">
        {dashboard.kpis.map((series) => (
          <KpiCard
            key={series.key}
            series={series}
            periods={dashboard.periods}
            selectedPeriod={selection?.kpi === series.key ? selection.period : undefined}
            onSelect={(period) => select(series.key, period)}
            locale={locale}
            t={t}
          />
        ))}
      </div>
      {selection && selectedSeries && (
        <section
          ref={panel}
          className="kpi-records"
          data-testid="kpi-records"
          data-kpi={selection.kpi}
          data-period={selection.period}
          data-ready={current !== undefined && !loading}
          aria-live="polite"
          aria-busy={loading}
        >
          <div className="kpi-records__header">
            <h2 className="kpi-records__title" data-testid="kpi-records-title">
              {t('dashboard.records.title', {
                kpi: t(`dashboard.kpi.${selection.kpi}`),
                period: describePeriod(dashboard.periods.find((period) => period.key === selection.period)!, locale, t),
              })}
            </h2>
            <button type="button" className="button button--ghost" data-testid="kpi-records-close" onClick={() => setSelection(undefined)}>
              {t('dashboard.records.close')}
            </button>
          </div>
          {current === undefined ? (
            <p className="kpi-records__status">{t('dashboard.records.loading')}</p>
          ) : current.outcome === 'failed' ? (
            <p className="kpi-records__status kpi-records__status--failed" role="alert" data-testid="kpi-records-error">
              {current.message}
            </p>
          ) : (
            <KpiRecordsTable series={selectedSeries} records={current.records} locale={locale} t={t} />
          )}
        </section>
      )}
    </div>
  );
}

type Records = Extract<KpiRecordsResult, { outcome: 'ok' }>['records'];

function KpiRecordsTable({ series, records, locale, t }: { series: KpiSeries; records: Records; locale: Locale; t: Translate }) {
  const label = (key: string) => (isMessageKey(key) ? t(key) : undefined);
  // Turnover's denominator is the period's average stock, not a sum over the records.
  const summedDenominator = series.unit === 'percent';
  const day = (isoDate: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
  return (
    <>
      <p className="kpi-records__figure">
        {records.value !== null && <strong className="kpi-records__value">{formatKpiValue(series, records.value, locale, t)}</strong>}{' '}
        <KpiFigureDetail series={series} point={records} locale={locale} t={t} /> · {t('dashboard.records.count', { count: formatKpiNumber(records.records.length, 'units', locale) })}
      </p>
      {records.records.length === 0 ? (
        <p className="kpi-records__status" data-testid="kpi-records-empty">
          {t('dashboard.records.empty')}
        </p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('dashboard.records.record')}</th>
              <th scope="col">{t('dashboard.records.date')}</th>
              <th scope="col">{t('dashboard.records.outcome')}</th>
              <th scope="col" className="data-table__numeric">
                {series.numeratorLabel[locale]}
              </th>
              {summedDenominator && (
                <th scope="col" className="data-table__numeric">
                  {series.denominatorLabel[locale]}
                </th>
              )}
              <th scope="col">{t('dashboard.records.lot')}</th>
            </tr>
          </thead>
          <tbody>
            {records.records.map((row) => (
              <tr key={`${row.type}:${row.code}:${row.lot ?? ''}`} data-testid="kpi-record-row" data-type={row.type} data-code={row.code}>
                <td>
                  <span className="kpi-records__type">{label(`dashboard.type.${row.type}`) ?? row.type}</span>{' '}
                  <Link className="data-table__link" href={`/dictionary/${encodeURIComponent(row.type)}/records/${encodeURIComponent(row.code)}`} data-testid="kpi-record-link">
                    {row.code}
                  </Link>
                </td>
                <td>{day(row.day)}</td>
                <td>
                  {row.outcome && (
                    <span className={`kpi-outcome kpi-outcome--${row.outcome}`} data-testid="kpi-record-outcome" data-outcome={row.outcome}>
                      {label(`dashboard.outcome.${row.outcome}`) ?? row.outcome}
                    </span>
                  )}
                </td>
                <td className="data-table__numeric">{formatKpiNumber(row.numerator, 'units', locale)}</td>
                {summedDenominator && <td className="data-table__numeric">{formatKpiNumber(row.denominator, 'units', locale)}</td>}
                <td>
                  {row.lot && (
                    <Link className="data-table__link" href={`/trace?${new URLSearchParams({ type: 'lot', code: row.lot }).toString()}`} data-testid="kpi-record-trace" title={t('dashboard.records.trace')}>
                      {row.lot}
                    </Link>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
