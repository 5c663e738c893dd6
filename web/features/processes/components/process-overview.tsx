import type { ReactNode } from 'react';
import type { ApiResult } from '../../../shared/api/api-client';
import { describeUnreachableCause } from '../../../shared/api/describe-unreachable-cause';
import { Callout } from '../../../shared/components/callout';
import { getRequestTranslator } from '../../../shared/i18n/get-request-locale';
import { assertUnreachable } from '../../../shared/utils/assert-unreachable';
import type { DeployedProcess } from '../api/process-list.shape';
import { ProcessTable } from './process-table';

interface ProcessOverviewProps {
  readonly result: ApiResult<readonly DeployedProcess[]>;
  readonly apiBaseUrl: string;
}

export async function ProcessOverview({ result, apiBaseUrl }: ProcessOverviewProps) {
  const { t } = await getRequestTranslator();

  let body: ReactNode;
  switch (result.outcome) {
    case 'ok':
      body =
        result.data.length === 0 ? (
          <Callout tone="neutral" title={t('processes.empty.title')} testId="processes-empty">
            <p>{t('processes.empty.hint')}</p>
          </Callout>
        ) : (
          <ProcessTable processes={result.data} />
        );
      break;
    case 'problem':
      // The api answers 503 with the engine's failure as problem details; its sentences are for people.
      body = (
        <Callout tone="critical" title={t('processes.error.title')} testId="processes-error">
          <p className="callout__lead">{result.problem.title}</p>
          {result.problem.detail !== undefined && <p>{result.problem.detail}</p>}
          <p className="callout__meta">{t('processes.error.status', { status: result.status })}</p>
        </Callout>
      );
      break;
    case 'unreachable':
      body = (
        <Callout tone="critical" title={t('processes.error.title')} testId="processes-error">
          <p>{t('processes.error.unreachable', { url: apiBaseUrl, reason: describeUnreachableCause(result, t) })}</p>
        </Callout>
      );
      break;
    case 'invalid-response':
      body = (
        <Callout tone="critical" title={t('processes.error.title')} testId="processes-error">
          <p>{t('processes.error.invalid', { reason: result.reason })}</p>
          <p className="callout__meta">{t('processes.error.status', { status: result.status })}</p>
        </Callout>
      );
      break;
    default:
      return assertUnreachable(result);
  }

  return (
    <section className="panel" aria-labelledby="processes-heading">
      <div className="panel__header">
        <h2 id="processes-heading" className="panel__title">
          {t('processes.heading')}
          {result.outcome === 'ok' && result.data.length > 0 && (
            <span className="panel__count" data-testid="process-count">
              {result.data.length}
            </span>
          )}
        </h2>
      </div>
      {body}
    </section>
  );
}
