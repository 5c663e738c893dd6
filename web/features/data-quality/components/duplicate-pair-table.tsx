import Link from 'next/link';
import type { Translate } from '../../../shared/i18n/create-translator';
import type { Locale } from '../../../shared/i18n/locales';
import type { DuplicateReport } from '../api/data-quality.shape';
import { describeDuplicateReason } from '../utils/describe-duplicate-reason';
import { formatFigure } from '../utils/format-figure';
import { recordHref } from '../utils/link-snapshot-row';
import { DataQualityPanel } from './data-quality-panel';

interface DuplicatePairTableProps {
  readonly report: DuplicateReport;
  readonly locale: Locale;
  readonly t: Translate;
}

/** Each likely duplicate pair: both records linked to the dictionary, the score and every reason in words. */
export function DuplicatePairTable({ report, locale, t }: DuplicatePairTableProps) {
  return (
    <DataQualityPanel
      id="duplicates-heading"
      title={t('dataQuality.duplicates.heading')}
      notes={<p className="data-quality__rule">{t('dataQuality.duplicates.rule', { threshold: formatFigure(report.threshold, locale, 'percent') })}</p>}
      empty={report.pairs.length === 0 && { text: t('dataQuality.duplicates.empty'), testId: 'duplicates-empty' }}
    >
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('dataQuality.duplicates.column.type')}</th>
            <th scope="col">{t('dataQuality.duplicates.column.records')}</th>
            <th scope="col" className="data-table__numeric">
              {t('dataQuality.duplicates.column.score')}
            </th>
            <th scope="col">{t('dataQuality.duplicates.column.reasons')}</th>
          </tr>
        </thead>
        <tbody>
          {report.pairs.map((pair) => (
            <tr key={`${pair.type}:${pair.records.map((record) => record.code).join('+')}`} data-testid="duplicate-pair" data-type={pair.type} data-codes={pair.records.map((record) => record.code).join('+')}>
              <td>{pair.typeLabel[locale]}</td>
              <td>
                <ul className="data-quality__records">
                  {pair.records.map((record) => (
                    <li key={record.code}>
                      <Link className="data-table__link" href={recordHref(pair.type, record.code)} data-testid="duplicate-record-link">
                        {record.code}
                      </Link>
                      <span className="data-table__secondary">{Object.values(record.names).join(' · ')}</span>
                    </li>
                  ))}
                </ul>
              </td>
              <td className="data-table__numeric">{formatFigure(pair.score, locale, 'percent')}</td>
              <td>
                <ul className="data-quality__reasons">
                  {pair.reasons.map((reason, index) => (
                    <li key={index} data-testid="duplicate-reason" data-kind={reason.kind}>
                      {describeDuplicateReason(reason, locale, t)}
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </DataQualityPanel>
  );
}
