import Link from 'next/link';
import type { ApiResult } from '../../../shared/api/api-client';
import { Callout } from '../../../shared/components/callout';
import { StatusBadge } from '../../../shared/components/status-badge';
import { formatDateTime } from '../../../shared/format/format-date-time';
import { getRequestTranslator } from '../../../shared/i18n/get-request-locale';
import type { Label, RuleTableSummary } from '../api/rule-table.shape';
import { describeApiFailure } from '../utils/describe-api-failure';
import { NewRuleTableForm } from './new-rule-table-form';

interface RuleTableListProps {
  readonly tables: ApiResult<readonly RuleTableSummary[]>;
  readonly names: ReadonlyMap<string, Label>;
  readonly canEdit: boolean;
}

const NOT_AVAILABLE = '—';

/** Every rule table: its name, the version in force and when it was published, and whether a draft waits. */
export async function RuleTableList({ tables, names, canEdit }: RuleTableListProps) {
  const { t, locale } = await getRequestTranslator();
  const keys = tables.outcome === 'ok' ? tables.data.map((table) => table.key) : [];
  return (
    <>
      {!canEdit && <Callout tone="neutral" title={t('ruleTables.readOnly')} testId="rule-tables-read-only" />}
      <section className="panel" aria-labelledby="rule-tables-heading">
        <div className="panel__header">
          <h2 id="rule-tables-heading" className="panel__title">
            {t('ruleTables.list.heading')}
            {tables.outcome === 'ok' && tables.data.length > 0 && <span className="panel__count">{tables.data.length}</span>}
          </h2>
        </div>
        {tables.outcome !== 'ok' ? (
          <Callout tone="critical" title={t('ruleTables.list.error')} testId="rule-tables-error">
            <p>{describeApiFailure(tables, t)}</p>
          </Callout>
        ) : tables.data.length === 0 ? (
          <Callout tone="neutral" title={t('ruleTables.list.empty')} testId="rule-tables-empty">
            <p>{t('ruleTables.list.emptyHint')}</p>
          </Callout>
        ) : (
          <div className="table-scroller">
            <table className="data-table" data-testid="rule-tables">
              <caption className="visually-hidden">{t('ruleTables.list.heading')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('ruleTables.list.name')}</th>
                  <th scope="col">{t('ruleTables.list.key')}</th>
                  <th scope="col" className="data-table__numeric">
                    {t('ruleTables.list.latest')}
                  </th>
                  <th scope="col">{t('ruleTables.list.publishedAt')}</th>
                  <th scope="col">{t('ruleTables.list.state')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('ruleTables.list.open')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {tables.data.map((table) => (
                  <tr key={table.key} data-testid="rule-table-row" data-key={table.key} data-latest-version={table.latestVersion ?? ''} data-has-draft={table.hasDraft}>
                    <th scope="row" className="data-table__name">
                      <Link href={`/rule-tables/${table.key}`} className="data-table__link">
                        {names.get(table.key)?.[locale] ?? table.key}
                      </Link>
                    </th>
                    <td>
                      <code>{table.key}</code>
                    </td>
                    <td className="data-table__numeric">{table.latestVersion === null ? <span className="muted">{t('ruleTables.list.notPublished')}</span> : t('ruleTables.versions.version', { version: table.latestVersion })}</td>
                    <td>{table.latestPublishedAt === null ? NOT_AVAILABLE : <time dateTime={table.latestPublishedAt}>{formatDateTime(table.latestPublishedAt, locale)}</time>}</td>
                    <td>
                      {table.hasDraft ? (
                        <StatusBadge tone="warning">{t('ruleTables.list.draftWaiting')}</StatusBadge>
                      ) : table.latestVersion !== null ? (
                        <StatusBadge tone="good">{t('ruleTables.list.inForce')}</StatusBadge>
                      ) : (
                        NOT_AVAILABLE
                      )}
                    </td>
                    <td className="data-table__action">
                      <Link href={`/rule-tables/${table.key}`} className="button button--secondary button--small" data-testid="rule-table-open">
                        {canEdit ? t('ruleTables.list.edit') : t('ruleTables.list.open')}
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {canEdit && (
          <div className="panel__footer">
            <h3 className="panel__subtitle">{t('ruleTables.new.heading')}</h3>
            <NewRuleTableForm
              existingKeys={keys}
              labels={{
                key: t('ruleTables.new.key'),
                keyHint: t('ruleTables.new.keyHint'),
                keyInvalid: t('ruleTables.new.keyInvalid'),
                keyTaken: t('ruleTables.new.keyTaken'),
                submit: t('ruleTables.new.submit'),
              }}
            />
          </div>
        )}
      </section>
    </>
  );
}
