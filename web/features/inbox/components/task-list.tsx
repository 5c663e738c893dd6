import Link from 'next/link';
import './inbox.css';
import type { ApiResult } from '../../../shared/api/api-client';
import { Callout } from '../../../shared/components/callout';
import { StatusBadge } from '../../../shared/components/status-badge';
import { formatDateTime } from '../../../shared/format/format-date-time';
import { getRequestTranslator } from '../../../shared/i18n/get-request-locale';
import type { TaskCounts, TaskPage } from '../api/task.shape';
import { describeTaskFailure } from '../utils/describe-task-failure';
import { inboxHref, PAGE_SIZE, type InboxQuery } from '../utils/inbox-query';

interface TaskListProps {
  readonly query: InboxQuery;
  readonly page: ApiResult<TaskPage>;
  readonly counts: ApiResult<TaskCounts>;
  readonly now: number;
}

const LISTS = ['mine', 'groups', 'all'] as const;
const SORTABLE = ['name', 'created', 'due', 'priority'] as const;

/** The approver's list: three lists with counts, filters kept in the URL, sortable columns, pages. */
export async function TaskList({ query, page, counts, now }: TaskListProps) {
  const { t, locale } = await getRequestTranslator();
  const pages = page.outcome === 'ok' ? Math.max(1, Math.ceil(page.data.total / PAGE_SIZE)) : 1;

  const sortLink = (column: (typeof SORTABLE)[number]) => {
    const active = query.sort === column;
    const order = active && query.order === 'desc' ? 'asc' : 'desc';
    return (
      <Link href={inboxHref(query, { sort: column, order, page: 1 })} className="data-table__link" data-testid={`inbox-sort-${column}`} aria-sort={active ? (query.order === 'asc' ? 'ascending' : 'descending') : undefined}>
        {t(`inbox.column.${column}`)}
        {active ? (query.order === 'asc' ? ' ↑' : ' ↓') : ''}
      </Link>
    );
  };

  return (
    <>
      <nav className="inbox-lists" aria-label={t('inbox.lists.label')}>
        {LISTS.map((list) => (
          <Link
            key={list}
            href={inboxHref(query, { list, page: 1 })}
            className="inbox-lists__tab"
            aria-current={query.list === list ? 'page' : undefined}
            data-testid={`inbox-list-${list}`}
          >
            {t(`inbox.list.${list}`)}
            {counts.outcome === 'ok' && <span className="panel__count" data-testid={`inbox-count-${list}`}>{counts.data[list]}</span>}
          </Link>
        ))}
      </nav>

      <form className="inbox-filters" method="get" action="/inbox" data-testid="inbox-filters">
        <input type="hidden" name="list" value={query.list} />
        <input type="hidden" name="sort" value={query.sort} />
        <input type="hidden" name="order" value={query.order} />
        <label className="form-field">
          <span className="form-field__label">{t('inbox.filter.lot')}</span>
          <input className="form-field__input" name="lot" defaultValue={query.lot} maxLength={120} data-testid="inbox-filter-lot" />
        </label>
        <label className="form-field">
          <span className="form-field__label">{t('inbox.filter.businessKey')}</span>
          <input className="form-field__input" name="businessKey" defaultValue={query.businessKey} maxLength={255} data-testid="inbox-filter-business-key" />
        </label>
        <label className="form-field">
          <span className="form-field__label">{t('inbox.filter.process')}</span>
          <input className="form-field__input" name="processKey" defaultValue={query.processKey} maxLength={255} data-testid="inbox-filter-process" />
        </label>
        <label className="form-field">
          <span className="form-field__label">{t('inbox.filter.dueBy')}</span>
          <input className="form-field__input" type="date" name="dueBy" defaultValue={query.dueBy} data-testid="inbox-filter-due" />
        </label>
        <label className="form-field">
          <span className="form-field__label">{t('inbox.filter.minPriority')}</span>
          <input className="form-field__input" type="number" min={0} max={100} name="minPriority" defaultValue={query.minPriority} data-testid="inbox-filter-priority" />
        </label>
        <div className="inbox-filters__actions">
          <button type="submit" className="button button--primary" data-testid="inbox-filter-apply">
            {t('inbox.filter.apply')}
          </button>
          <Link href={inboxHref({ ...query, processKey: '', businessKey: '', lot: '', dueBy: '', minPriority: '', page: 1 })} className="button button--ghost">
            {t('inbox.filter.clear')}
          </Link>
        </div>
      </form>

      <section className="panel" aria-labelledby="inbox-heading">
        <div className="panel__header">
          <h2 id="inbox-heading" className="panel__title">
            {t(`inbox.list.${query.list}`)}
            {page.outcome === 'ok' && <span className="panel__count" data-testid="inbox-total">{page.data.total}</span>}
          </h2>
        </div>
        {page.outcome !== 'ok' ? (
          <Callout tone="critical" title={t('inbox.error.title')} testId="inbox-error">
            <p>{describeTaskFailure(page, t)}</p>
          </Callout>
        ) : page.data.items.length === 0 ? (
          <Callout tone="neutral" title={t('inbox.empty.title')} testId="inbox-empty">
            <p>{t(`inbox.empty.${query.list}`)}</p>
          </Callout>
        ) : (
          <div className="table-scroller">
            <table className="data-table" data-testid="inbox-tasks">
              <caption className="visually-hidden">{t('inbox.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{sortLink('name')}</th>
                  <th scope="col">{t('inbox.column.process')}</th>
                  <th scope="col">{t('inbox.column.businessKey')}</th>
                  <th scope="col">{t('inbox.column.assignee')}</th>
                  <th scope="col">{sortLink('created')}</th>
                  <th scope="col">{sortLink('due')}</th>
                  <th scope="col" className="data-table__numeric">
                    {sortLink('priority')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {page.data.items.map((task) => {
                  const overdue = task.due !== null && Date.parse(task.due) < now;
                  return (
                    <tr key={task.id} data-testid="inbox-task-row" data-task-id={task.id} data-business-key={task.businessKey ?? ''}>
                      <td className="data-table__name">
                        <Link href={`/inbox/${encodeURIComponent(task.id)}`} className="data-table__link" data-testid="inbox-task-link">
                          {task.name ?? task.taskDefinitionKey ?? task.id}
                        </Link>
                      </td>
                      <td>
                        {task.processName ?? task.processKey ?? '—'}
                        {task.processVersion !== null && <span className="data-table__secondary"> v{task.processVersion}</span>}
                      </td>
                      <td>{task.businessKey ? <code>{task.businessKey}</code> : '—'}</td>
                      <td>{task.assignee ?? <StatusBadge tone="warning">{t('inbox.unclaimed')}</StatusBadge>}</td>
                      <td>{formatDateTime(task.created, locale)}</td>
                      <td>
                        {task.due === null ? '—' : overdue ? <StatusBadge tone="critical">{formatDateTime(task.due, locale)}</StatusBadge> : formatDateTime(task.due, locale)}
                      </td>
                      <td className="data-table__numeric">{task.priority}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        {page.outcome === 'ok' && pages > 1 && (
          <nav className="panel__footer inbox-pages" aria-label={t('inbox.pages.label')}>
            {query.page > 1 ? (
              <Link href={inboxHref(query, { page: query.page - 1 })} className="button button--secondary button--small" data-testid="inbox-page-previous">
                {t('inbox.pages.previous')}
              </Link>
            ) : (
              <span />
            )}
            <span data-testid="inbox-page">{t('inbox.pages.position', { page: query.page, pages })}</span>
            {query.page < pages ? (
              <Link href={inboxHref(query, { page: query.page + 1 })} className="button button--secondary button--small" data-testid="inbox-page-next">
                {t('inbox.pages.next')}
              </Link>
            ) : (
              <span />
            )}
          </nav>
        )}
      </section>
    </>
  );
}
