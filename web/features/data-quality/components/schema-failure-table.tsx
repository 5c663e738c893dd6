import Link from 'next/link';
import { formatDateTime } from '../../../shared/format/format-date-time';
import type { Translate } from '../../../shared/i18n/create-translator';
import type { Locale } from '../../../shared/i18n/locales';
import type { SchemaFailureReport } from '../api/data-quality.shape';
import { recordHref } from '../utils/link-snapshot-row';
import { DataQualityPanel } from './data-quality-panel';

interface SchemaFailureTableProps {
  readonly report: SchemaFailureReport;
  readonly locale: Locale;
  readonly t: Translate;
}

/** Records their type's current version refuses, each problem by field as the api words it in the page's language. */
export function SchemaFailureTable({ report, locale, t }: SchemaFailureTableProps) {
  return (
    <DataQualityPanel
      id="schema-heading"
      title={t('dataQuality.schema.heading')}
      notes={
        <>
          <p className="data-quality__rule">{t('dataQuality.schema.rule')}</p>
          <p className="data-quality__rule">{t('dataQuality.schema.summary', { checked: report.checked, failing: report.failures.length })}</p>
        </>
      }
      empty={report.failures.length === 0 && { text: t('dataQuality.schema.empty'), testId: 'schema-empty' }}
    >
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('dataQuality.schema.column.record')}</th>
            <th scope="col">{t('dataQuality.schema.column.versions')}</th>
            <th scope="col">{t('dataQuality.schema.column.problems')}</th>
            <th scope="col">{t('dataQuality.schema.column.updated')}</th>
          </tr>
        </thead>
        <tbody>
          {report.failures.map((failure) => (
            <tr key={`${failure.type}:${failure.code}`} data-testid="schema-failure" data-type={failure.type} data-code={failure.code}>
              <td>
                <span className="data-quality__type">{failure.typeLabel[locale]}</span>{' '}
                <Link className="data-table__link" href={recordHref(failure.type, failure.code)} data-testid="schema-failure-link">
                  {failure.code}
                </Link>
              </td>
              <td>{t('dataQuality.schema.versions', { written: failure.writtenWithVersion, current: failure.currentVersion })}</td>
              <td>
                <ul className="data-quality__reasons">
                  {failure.issues.map((issue) => (
                    <li key={`${issue.pointer}:${issue.keyword}`} data-testid="schema-failure-problem" data-pointer={issue.pointer}>
                      {issue.message}
                    </li>
                  ))}
                </ul>
              </td>
              <td>{formatDateTime(failure.updatedAt, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </DataQualityPanel>
  );
}
