import { formatDateTime } from '../../../shared/format/format-date-time';
import { getRequestTranslator } from '../../../shared/i18n/get-request-locale';
import type { DeployedProcess } from '../api/process-list.shape';

/** Twelve hex digits tell deployments apart at a glance; the full hash is in the tooltip. */
const SHORT_HASH_LENGTH = 12;

const NOT_AVAILABLE = '—';

interface ProcessTableProps {
  readonly processes: readonly DeployedProcess[];
}

export async function ProcessTable({ processes }: ProcessTableProps) {
  const { t, locale } = await getRequestTranslator();
  return (
    <div className="table-scroller">
      <table className="data-table" data-testid="process-table">
        <caption className="visually-hidden">{t('processes.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('processes.column.name')}</th>
            <th scope="col">{t('processes.column.key')}</th>
            <th scope="col" className="data-table__numeric">
              {t('processes.column.version')}
            </th>
            <th scope="col">{t('processes.column.deployedAt')}</th>
            <th scope="col">{t('processes.column.hash')}</th>
            <th scope="col" className="data-table__numeric">
              {t('processes.column.running')}
            </th>
            <th scope="col" className="data-table__numeric">
              {t('processes.column.finished')}
            </th>
          </tr>
        </thead>
        <tbody>
          {processes.map((process) => (
            <tr key={process.id} data-testid="process-row" data-key={process.key}>
              <th scope="row" className="data-table__name">
                {process.name}
                <span className="data-table__secondary">{process.resource}</span>
              </th>
              <td>
                <code>{process.key}</code>
              </td>
              <td className="data-table__numeric">{process.version}</td>
              <td>
                {process.deployedAt === null ? (
                  NOT_AVAILABLE
                ) : (
                  <time dateTime={process.deployedAt}>{formatDateTime(process.deployedAt, locale)}</time>
                )}
              </td>
              <td>{process.hash === null ? NOT_AVAILABLE : <code title={process.hash}>{process.hash.slice(0, SHORT_HASH_LENGTH)}</code>}</td>
              <td
                className={`data-table__numeric${process.instances.running > 0 ? ' data-table__numeric--active' : ''}`}
                data-testid="running-count"
              >
                {process.instances.running}
              </td>
              <td className="data-table__numeric" data-testid="finished-count">
                {process.instances.finished}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
