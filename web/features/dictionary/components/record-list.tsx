import type { TypeDefinition } from '@lotflow/dictionary/browser';
import Link from 'next/link';
import type { ApiResult } from '../../../shared/api/api-client';
import { Callout } from '../../../shared/components/callout';
import { formatDateTime } from '../../../shared/format/format-date-time';
import type { Translate } from '../../../shared/i18n/create-translator';
import type { Locale } from '../../../shared/i18n/locales';
import type { RecordPage } from '../api/dictionary.shape';
import { describeApiFailure } from '../utils/describe-api-failure';
import { describeRecord } from '../utils/describe-record';

interface RecordListProps {
  readonly type: TypeDefinition;
  readonly records: ApiResult<RecordPage>;
  readonly search: string;
  readonly offset: number;
  readonly limit: number;
  readonly t: Translate;
  readonly locale: Locale;
}

function pageLink(typeKey: string, search: string, offset: number): string {
  const query = new URLSearchParams({ ...(search ? { q: search } : {}), ...(offset > 0 ? { offset: String(offset) } : {}) }).toString();
  return `/dictionary/${typeKey}${query ? `?${query}` : ''}`;
}

/** A page of a type's records, searched by code, each opening its form. */
export function RecordList({ type, records, search, offset, limit, t, locale }: RecordListProps) {
  const statusField = type.fields.find((field) => field.name === type.statusField);
  const statusLabel = (value: unknown) =>
    statusField?.kind === 'enum' ? (statusField.values.find((candidate) => candidate.value === value)?.label[locale] ?? String(value ?? '—')) : undefined;

  return (
    <section className="panel" aria-labelledby="records-heading">
      <div className="panel__header">
        <h2 id="records-heading" className="panel__title">
          {t('dictionary.records.heading')}
          {records.outcome === 'ok' && (
            <span className="panel__count" data-testid="dictionary-record-total">
              {records.data.total}
            </span>
          )}
        </h2>
        <form className="dictionary-search" role="search" action={`/dictionary/${type.key}`} method="get">
          <label htmlFor="record-search" className="visually-hidden">
            {t('dictionary.records.search')}
          </label>
          <input
            id="record-search"
            name="q"
            type="search"
            className="form-field__input"
            defaultValue={search}
            placeholder={t('dictionary.records.searchPlaceholder')}
            data-testid="dictionary-record-search"
          />
          <button type="submit" className="button button--secondary" data-testid="dictionary-record-search-submit">
            {t('dictionary.records.search')}
          </button>
        </form>
      </div>
      {records.outcome !== 'ok' ? (
        <Callout tone="critical" title={t('dictionary.records.error')} testId="dictionary-records-error">
          <p>{describeApiFailure(records, t)}</p>
        </Callout>
      ) : records.data.items.length === 0 ? (
        <Callout tone="neutral" title={search ? t('dictionary.records.noMatch', { search }) : t('dictionary.records.empty')} testId="dictionary-records-empty" />
      ) : (
        <>
          <div className="table-scroller">
            <table className="data-table" data-testid="dictionary-records">
              <caption className="visually-hidden">{t('dictionary.records.heading')}</caption>
              <thead>
                <tr>
                  <th scope="col">{type.fields.find((field) => field.name === type.codeField)?.label[locale] ?? type.codeField}</th>
                  <th scope="col">{t('dictionary.records.column.name')}</th>
                  {statusField && <th scope="col">{statusField.label[locale]}</th>}
                  <th scope="col" className="data-table__numeric">
                    {t('dictionary.records.column.revision')}
                  </th>
                  <th scope="col">{t('dictionary.records.column.updated')}</th>
                </tr>
              </thead>
              <tbody>
                {records.data.items.map((record) => (
                  <tr key={record.code} data-testid="dictionary-record-row" data-code={record.code}>
                    <th scope="row" className="data-table__name">
                      <Link href={`/dictionary/${type.key}/records/${encodeURIComponent(record.code)}`} className="data-table__link" data-testid="dictionary-record-link">
                        <code>{record.code}</code>
                      </Link>
                    </th>
                    <td>{describeRecord(record.values, locale) ?? <span className="muted">—</span>}</td>
                    {statusField && <td>{statusLabel(record.values[statusField.name])}</td>}
                    <td className="data-table__numeric">{record.revision}</td>
                    <td>
                      {record.updatedBy} · <time dateTime={record.updatedAt}>{formatDateTime(record.updatedAt, locale)}</time>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {records.data.total > limit && (
            <nav className="dictionary-pager" aria-label={t('dictionary.records.pages')}>
              {offset > 0 && (
                <Link href={pageLink(type.key, search, Math.max(0, offset - limit))} className="button button--secondary button--small">
                  {t('dictionary.records.previous')}
                </Link>
              )}
              <span className="muted">
                {t('dictionary.records.range', { from: offset + 1, to: Math.min(offset + limit, records.data.total), total: records.data.total })}
              </span>
              {offset + limit < records.data.total && (
                <Link href={pageLink(type.key, search, offset + limit)} className="button button--secondary button--small">
                  {t('dictionary.records.next')}
                </Link>
              )}
            </nav>
          )}
        </>
      )}
    </section>
  );
}
