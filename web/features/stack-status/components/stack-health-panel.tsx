import type { ReactNode } from 'react';
import type { ApiResult } from '../../../shared/api/api-client';
import { describeUnreachableCause } from '../../../shared/api/describe-unreachable-cause';
import { StatusBadge, type StatusTone } from '../../../shared/components/status-badge';
import { formatDateTime } from '../../../shared/format/format-date-time';
import type { MessageKey } from '../../../shared/i18n/create-translator';
import { getRequestTranslator } from '../../../shared/i18n/get-request-locale';
import { assertUnreachable } from '../../../shared/utils/assert-unreachable';
import type { HealthReport } from '../api/health-report.shape';
import { ComponentCard } from './component-card';

/** What the page says about the stack as a whole; `unreachable` means the api itself did not answer usefully. */
type OverallStatus = HealthReport['status'] | 'unreachable';

const TONE_BY_STATUS: Readonly<Record<OverallStatus, StatusTone>> = {
  up: 'good',
  degraded: 'warning',
  unreachable: 'critical',
};

const SUMMARY_BY_STATUS: Readonly<Record<OverallStatus, MessageKey>> = {
  up: 'health.summary.up',
  degraded: 'health.summary.degraded',
  unreachable: 'health.summary.unreachable',
};

interface StackHealthPanelProps {
  readonly result: ApiResult<HealthReport>;
  readonly apiBaseUrl: string;
}

export async function StackHealthPanel({ result, apiBaseUrl }: StackHealthPanelProps) {
  const { t, locale } = await getRequestTranslator();
  const status: OverallStatus = result.outcome === 'ok' ? result.data.status : 'unreachable';

  let meta: ReactNode = null;
  let body: ReactNode;
  switch (result.outcome) {
    case 'ok': {
      const { checkedAt, version, components } = result.data;
      meta = (
        <p className="panel__meta">
          <time dateTime={checkedAt}>{t('health.checkedAt', { time: formatDateTime(checkedAt, locale) })}</time>
          <span className="panel__meta-separator" aria-hidden="true">·</span>
          <span>{t('health.apiVersion', { version })}</span>
        </p>
      );
      body = (
        <ul className="component-list">
          <ComponentCard testId="component-database" title={t('component.database')} status={components.database.status}>
            <dt>{t('component.type')}</dt>
            <dd>{components.database.type}</dd>
            {components.database.error !== undefined && (
              <>
                <dt>{t('component.error')}</dt>
                <dd className="component-card__error">{components.database.error}</dd>
              </>
            )}
          </ComponentCard>
          <ComponentCard testId="component-engine" title={t('component.engine')} status={components.engine.status}>
            <dt>{t('component.url')}</dt>
            <dd>
              <code>{components.engine.url}</code>
            </dd>
            {components.engine.version !== undefined && (
              <>
                <dt>{t('component.version')}</dt>
                <dd>{components.engine.version}</dd>
              </>
            )}
            {components.engine.error !== undefined && (
              <>
                <dt>{t('component.error')}</dt>
                <dd className="component-card__error">{components.engine.error}</dd>
              </>
            )}
          </ComponentCard>
        </ul>
      );
      break;
    }
    case 'unreachable':
      body = (
        <p className="health-detail" data-testid="health-error">
          {t('health.unreachable.detail', { url: apiBaseUrl, reason: describeUnreachableCause(result, t) })}
        </p>
      );
      break;
    case 'invalid-response':
      body = (
        <p className="health-detail" data-testid="health-error">
          {t('health.invalid.detail', { url: apiBaseUrl, reason: `HTTP ${result.status}, ${result.reason}` })}
        </p>
      );
      break;
    case 'problem':
      body = (
        <p className="health-detail" data-testid="health-error">
          {t('health.invalid.detail', {
            url: apiBaseUrl,
            reason: [`HTTP ${result.status}`, result.problem.title, result.problem.detail].filter(Boolean).join(', '),
          })}
        </p>
      );
      break;
    default:
      return assertUnreachable(result);
  }

  return (
    <section className="panel" aria-labelledby="health-heading">
      <div className="panel__header">
        <h2 id="health-heading" className="panel__title">
          {t('health.heading')}
        </h2>
        {meta}
      </div>
      <div className="health-summary">
        <StatusBadge tone={TONE_BY_STATUS[status]}>
          <span data-testid="health-status" data-status={status}>
            {status}
          </span>
        </StatusBadge>
        <span className="health-summary__label">{t(SUMMARY_BY_STATUS[status])}</span>
      </div>
      {body}
    </section>
  );
}
