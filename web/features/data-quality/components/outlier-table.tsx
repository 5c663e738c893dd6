import Link from 'next/link';
import type { Translate } from '../../../shared/i18n/create-translator';
import type { Locale } from '../../../shared/i18n/locales';
import type { OutlierReport } from '../api/data-quality.shape';
import { formatFigure } from '../utils/format-figure';
import { recordHref, traceHref } from '../utils/link-snapshot-row';
import { DataQualityPanel } from './data-quality-panel';

interface OutlierTableProps {
  readonly report: OutlierReport;
  readonly locale: Locale;
  readonly t: Translate;
}

/** The readings far from the rest of their characteristic, most extreme first, with the rule that judged them. */
export function OutlierTable({ report, locale, t }: OutlierTableProps) {
  const characteristics = new Map(report.characteristics.map((characteristic) => [characteristic.key, characteristic]));
  const checked = report.characteristics.filter((characteristic) => characteristic.checked).length;
  const withUnit = (value: number, unit: string | undefined) => `${formatFigure(value, locale)}${unit ? ` ${unit}` : ''}`;
  return (
    <DataQualityPanel
      id="outliers-heading"
      title={t('dataQuality.outliers.heading')}
      notes={
        <>
          <p className="data-quality__rule">{t('dataQuality.outliers.rule', { threshold: formatFigure(report.threshold, locale), minimum: report.minimumValues })}</p>
          <p className="data-quality__rule" data-testid="outliers-summary">
            {t('dataQuality.outliers.summary', { checked, skipped: report.characteristics.length - checked, minimum: report.minimumValues })}
          </p>
        </>
      }
      empty={report.outliers.length === 0 && { text: t('dataQuality.outliers.empty'), testId: 'outliers-empty' }}
    >
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('dataQuality.outliers.column.record')}</th>
            <th scope="col">{t('dataQuality.outliers.column.lot')}</th>
            <th scope="col">{t('dataQuality.outliers.column.characteristic')}</th>
            <th scope="col" className="data-table__numeric">
              {t('dataQuality.outliers.column.value')}
            </th>
            <th scope="col" className="data-table__numeric">
              {t('dataQuality.outliers.column.median')}
            </th>
            <th scope="col" className="data-table__numeric">
              {t('dataQuality.outliers.column.score')}
            </th>
          </tr>
        </thead>
        <tbody>
          {report.outliers.map((outlier) => {
            const characteristic = characteristics.get(outlier.characteristic);
            return (
              <tr key={`${outlier.code}${outlier.pointer}`} data-testid="outlier-row" data-code={outlier.code} data-characteristic={outlier.characteristic}>
                <td>
                  <span className="data-quality__type">{characteristic?.typeLabel[locale] ?? outlier.type}</span>{' '}
                  <Link className="data-table__link" href={recordHref(outlier.type, outlier.code)} data-testid="outlier-record-link">
                    {outlier.code}
                  </Link>
                </td>
                <td>
                  {outlier.lot && (
                    <Link className="data-table__link" href={traceHref(outlier.lot)} title={t('dataQuality.trace')} data-testid="outlier-lot-link">
                      {outlier.lot}
                    </Link>
                  )}
                </td>
                <td>
                  {characteristic?.inspectionPoint && (
                    <span className="data-quality__point">
                      {characteristic.inspectionPoint}
                      {characteristic.inspectionPointName && ` · ${characteristic.inspectionPointName}`}
                    </span>
                  )}
                  {characteristic?.fieldLabel[locale] ?? outlier.characteristic}
                  <span className="data-table__secondary">{t('dataQuality.outliers.field', { pointer: outlier.pointer })}</span>
                </td>
                <td className="data-table__numeric data-quality__value" data-testid="outlier-value">
                  {withUnit(outlier.value, characteristic?.unit)}
                </td>
                <td className="data-table__numeric">{withUnit(outlier.median, characteristic?.unit)}</td>
                <td className="data-table__numeric" data-testid="outlier-score">
                  {formatFigure(outlier.score, locale, 'score')}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </DataQualityPanel>
  );
}
