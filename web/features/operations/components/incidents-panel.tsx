import type { ApiResult } from '../../../shared/api/api-client';
import { Callout } from '../../../shared/components/callout';
import { formatDateTime } from '../../../shared/format/format-date-time';
import { getRequestTranslator } from '../../../shared/i18n/get-request-locale';
import type { IncidentPage } from '../api/operations.shape';
import { describeApiFailure } from '../utils/describe-api-failure';
import { IncidentList } from './incident-list';

interface IncidentsPanelProps {
  readonly incidents: ApiResult<IncidentPage>;
  readonly linkToInstance: boolean;
}

export async function IncidentsPanel({ incidents, linkToInstance }: IncidentsPanelProps) {
  const { t, locale } = await getRequestTranslator();
  return (
    <section className="panel" aria-labelledby="incidents-heading">
      <div className="panel__header">
        <h2 id="incidents-heading" className="panel__title">
          {t('operations.incidents.heading')}
          {incidents.outcome === 'ok' && (
            <span className={`panel__count${incidents.data.total > 0 ? ' operations-count--critical' : ''}`} data-testid="operations-incident-count">
              {incidents.data.total}
            </span>
          )}
        </h2>
      </div>
      {incidents.outcome !== 'ok' ? (
        <Callout tone="critical" title={t('operations.incidents.error.title')} testId="operations-incidents-error">
          <p>{describeApiFailure(incidents, t)}</p>
        </Callout>
      ) : (
        <IncidentList
          locale={locale}
          total={incidents.data.total}
          linkToInstance={linkToInstance}
          incidents={incidents.data.items.map((incident) => ({ ...incident, createdAtLabel: formatDateTime(incident.createdAt, locale) }))}
        />
      )}
    </section>
  );
}
