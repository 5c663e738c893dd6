import './dictionary.css';

import Link from 'next/link';
import type { ApiResult } from '../../../shared/api/api-client';
import { Callout } from '../../../shared/components/callout';
import { StatusBadge } from '../../../shared/components/status-badge';
import { formatDateTime } from '../../../shared/format/format-date-time';
import type { Translate } from '../../../shared/i18n/create-translator';
import type { Locale } from '../../../shared/i18n/locales';
import type { TypeSummary } from '../api/dictionary.shape';
import { describeApiFailure } from '../utils/describe-api-failure';
import { NewTypeForm } from './new-type-form';

/** A type as the list shows it: the summary, and the label and field count of its version in force. */
export interface TypeListEntry {
  readonly summary: TypeSummary;
  readonly label?: string;
  readonly fieldCount?: number;
}

interface TypeListProps {
  readonly types: ApiResult<readonly TypeListEntry[]>;
  readonly canEdit: boolean;
  readonly t: Translate;
  readonly locale: Locale;
}

export function TypeList({ types, canEdit, t, locale }: TypeListProps) {
  return (
    <section className="panel" aria-labelledby="types-heading">
      <div className="panel__header">
        <h2 id="types-heading" className="panel__title">
          {t('dictionary.types.heading')}
          {types.outcome === 'ok' && <span className="panel__count">{types.data.length}</span>}
        </h2>
        <p className="panel__hint">{t('dictionary.types.hint')}</p>
      </div>
      {types.outcome !== 'ok' ? (
        <Callout tone="critical" title={t('dictionary.types.error')} testId="dictionary-types-error">
          <p>{describeApiFailure(types, t)}</p>
        </Callout>
      ) : types.data.length === 0 ? (
        <Callout tone="neutral" title={t('dictionary.types.empty')} testId="dictionary-types-empty" />
      ) : (
        <div className="table-scroller">
          <table className="data-table" data-testid="dictionary-types">
            <caption className="visually-hidden">{t('dictionary.types.heading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dictionary.types.column.type')}</th>
                <th scope="col" className="data-table__numeric">
                  {t('dictionary.types.column.fields')}
                </th>
                <th scope="col" className="data-table__numeric">
                  {t('dictionary.types.column.version')}
                </th>
                <th scope="col">{t('dictionary.types.column.publishedAt')}</th>
                <th scope="col">{t('dictionary.types.column.draft')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('dictionary.types.column.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {types.data.map(({ summary, label, fieldCount }) => (
                <tr key={summary.key} data-testid="dictionary-type-row" data-key={summary.key}>
                  <th scope="row" className="data-table__name">
                    <Link href={`/dictionary/${summary.key}`} className="data-table__link">
                      {label ?? summary.key}
                    </Link>
                    <span className="data-table__secondary">
                      <code>{summary.key}</code>
                    </span>
                  </th>
                  <td className="data-table__numeric">{fieldCount ?? '—'}</td>
                  <td className="data-table__numeric">{summary.latestVersion ?? <span className="muted">{t('dictionary.types.notPublished')}</span>}</td>
                  <td>{summary.latestPublishedAt === null ? '—' : <time dateTime={summary.latestPublishedAt}>{formatDateTime(summary.latestPublishedAt, locale)}</time>}</td>
                  <td>{summary.hasDraft ? <StatusBadge tone="warning">{t('dictionary.types.draft')}</StatusBadge> : <span className="muted">—</span>}</td>
                  <td className="data-table__action">
                    <div className="dictionary-actions">
                    {summary.latestVersion !== null && (
                      <Link href={`/dictionary/${summary.key}`} className="button button--secondary button--small" data-testid="dictionary-type-records">
                        {t('dictionary.types.records')}
                      </Link>
                    )}
                    <Link href={`/dictionary/${summary.key}/definition`} className="button button--ghost button--small" data-testid="dictionary-type-definition">
                      {canEdit ? t('dictionary.types.edit') : t('dictionary.types.view')}
                    </Link>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canEdit && (
        <div className="panel__footer">
          <h3 className="panel__subtitle">{t('dictionary.new.heading')}</h3>
          <NewTypeForm
            existingKeys={types.outcome === 'ok' ? types.data.map((entry) => entry.summary.key) : []}
            labels={{
              key: t('dictionary.new.key'),
              keyHint: t('dictionary.new.keyHint'),
              keyInvalid: t('dictionary.new.keyInvalid'),
              keyTaken: t('dictionary.new.keyTaken'),
              submit: t('dictionary.new.submit'),
            }}
          />
        </div>
      )}
    </section>
  );
}
