import Link from 'next/link';
import type { ApiResult } from '../../../shared/api/api-client';
import { Callout } from '../../../shared/components/callout';
import { StatusBadge } from '../../../shared/components/status-badge';
import { formatDateTime } from '../../../shared/format/format-date-time';
import { getRequestTranslator } from '../../../shared/i18n/get-request-locale';
import type { RunningInstancePage } from '../api/operations.shape';
import { describeApiFailure } from '../utils/describe-api-failure';
import type { InstanceFilters } from '../utils/read-instance-filters';

interface InstanceTableProps {
  readonly instances: ApiResult<RunningInstancePage>;
  readonly filters: InstanceFilters;
}

function pageHref(filters: InstanceFilters, offset: number): string {
  const query = new URLSearchParams();
  if (filters.processKey) query.set('processKey', filters.processKey);
  if (filters.businessKey) query.set('businessKey', filters.businessKey);
  if (offset > 0) query.set('offset', String(offset));
  const text = query.toString();
  return text === '' ? '/operations' : `/operations?${text}`;
}

/** Running instances, newest first; each opens its diagram and history. */
export async function InstanceTable({ instances, filters }: InstanceTableProps) {
  const { t, locale } = await getRequestTranslator();
  if (instances.outcome !== 'ok') {
    return (
      <Callout tone="critical" title={t('operations.instances.error.title')} testId="operations-instances-error">
        <p>{describeApiFailure(instances, t)}</p>
      </Callout>
    );
  }
  const { items, total, offset, limit } = instances.data;
  if (items.length === 0) {
    const filtered = filters.processKey !== undefined || filters.businessKey !== undefined;
    return (
      <Callout
        tone="neutral"
        title={t(filtered ? 'operations.instances.emptyFiltered.title' : 'operations.instances.empty.title')}
        testId="operations-instances-empty"
      >
        <p>{t(filtered ? 'operations.instances.emptyFiltered.hint' : 'operations.instances.empty.hint')}</p>
      </Callout>
    );
  }
  return (
    <>
      <div className="table-scroller">
        <table className="data-table" data-testid="operations-instances">
          <caption className="visually-hidden">{t('operations.instances.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('operations.instances.column.businessKey')}</th>
              <th scope="col">{t('operations.instances.column.process')}</th>
              <th scope="col">{t('operations.instances.column.started')}</th>
              <th scope="col">{t('operations.instances.column.current')}</th>
              <th scope="col">{t('operations.instances.column.incidents')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((instance) => (
              <tr key={instance.id} data-testid="operations-instance-row" data-instance-id={instance.id} data-business-key={instance.businessKey ?? ''}>
                <th scope="row" className="data-table__name">
                  <Link href={`/operations/instances/${encodeURIComponent(instance.id)}`} className="data-table__link" data-testid="operations-instance-link">
                    {instance.businessKey ?? <span className="muted">{t('operations.instances.noBusinessKey')}</span>}
                  </Link>
                  <span className="data-table__secondary">{instance.id}</span>
                </th>
                <td>
                  {instance.processName ?? instance.processKey}
                  <span className="data-table__secondary">
                    {instance.processKey} · {t('operations.instances.version', { version: instance.processVersion })}
                  </span>
                </td>
                <td>
                  <time dateTime={instance.startedAt}>{formatDateTime(instance.startedAt, locale)}</time>
                </td>
                <td data-testid="operations-instance-current">
                  <ul className="operations-steps">
                    {instance.currentActivities.map((activity, index) => (
                      <li key={`${activity.activityId}-${index}`} data-activity-id={activity.activityId}>
                        {activity.activityName ?? activity.activityId}
                      </li>
                    ))}
                  </ul>
                  {instance.suspended && <StatusBadge tone="warning">{t('operations.instances.suspended')}</StatusBadge>}
                </td>
                <td data-testid="operations-instance-incidents" data-count={instance.incidentCount}>
                  {instance.incidentCount > 0 ? (
                    <StatusBadge tone="critical">{t('operations.instances.incidentCount', { count: instance.incidentCount })}</StatusBadge>
                  ) : (
                    <span className="muted">{t('operations.instances.noIncidents')}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav className="operations-pager" aria-label={t('operations.instances.heading')}>
        <span className="muted" data-testid="operations-instances-range">
          {t('operations.instances.range', { from: offset + 1, to: offset + items.length, total })}
        </span>
        {offset > 0 && (
          <Link href={pageHref(filters, Math.max(0, offset - limit))} className="button button--secondary button--small" data-testid="operations-instances-previous">
            {t('operations.instances.previous')}
          </Link>
        )}
        {offset + items.length < total && (
          <Link href={pageHref(filters, offset + limit)} className="button button--secondary button--small" data-testid="operations-instances-next">
            {t('operations.instances.next')}
          </Link>
        )}
      </nav>
    </>
  );
}
