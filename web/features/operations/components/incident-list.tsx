'use client';

import Link from 'next/link';
import { usePathname, useRouter } from 'next/navigation';
import { useCallback, useMemo, useRef, useState, useTransition } from 'react';
import { Callout } from '../../../shared/components/callout';
import { StatusBadge } from '../../../shared/components/status-badge';
import { createTranslator, isMessageKey } from '../../../shared/i18n/create-translator';
import type { Locale } from '../../../shared/i18n/locales';
import { signInPathFor } from '../../../shared/session/sign-in-path';
import { retryIncidentAction } from '../actions/retry-incident.action';
import type { Incident } from '../api/operations.shape';
import { describeApiFailure } from '../utils/describe-api-failure';

/** An incident with its time already written for the reader, on the server, in the server's time zone. */
export type IncidentView = Incident & { readonly createdAtLabel: string };

interface IncidentListProps {
  readonly locale: Locale;
  readonly incidents: readonly IncidentView[];
  readonly total: number;
  /** On the list of all incidents each one links to its instance; on an instance's page it would link to itself. */
  readonly linkToInstance: boolean;
}

type Message = { readonly tone: 'good' | 'critical'; readonly text: string; readonly sequence: number };

const UNAUTHORIZED = 401;

/** Open incidents with their error and a Retry button; a retry reloads the page's data so a resolved incident goes away. */
export function IncidentList({ locale, incidents, total, linkToInstance }: IncidentListProps) {
  const t = useMemo(() => createTranslator(locale), [locale]);
  const router = useRouter();
  const pathname = usePathname();
  const [refreshing, startRefresh] = useTransition();
  const [retrying, setRetrying] = useState<string | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const sequence = useRef(0);

  const retry = useCallback(
    async (incident: IncidentView) => {
      setRetrying(incident.id);
      const result = await retryIncidentAction(incident.id);
      if (result.outcome === 'problem' && result.status === UNAUTHORIZED) {
        window.location.assign(signInPathFor(pathname));
        return;
      }
      sequence.current += 1;
      setMessage(
        result.outcome === 'ok'
          ? {
              tone: 'good',
              text: t('operations.incidents.retried', {
                activity: incident.activityName ?? incident.activityId,
                businessKey: incident.businessKey ?? incident.processInstanceId,
              }),
              sequence: sequence.current,
            }
          : { tone: 'critical', text: t('operations.incidents.retryFailed', { reason: describeApiFailure(result, t) }), sequence: sequence.current },
      );
      setRetrying(null);
      // Resolved or already gone: either way the list on screen is out of date.
      startRefresh(() => router.refresh());
    },
    [pathname, router, t],
  );

  return (
    <div className="operations-incidents" data-testid="operations-incidents" data-busy={retrying !== null || refreshing}>
      {message !== null && (
        <p
          className={`operations-message operations-message--${message.tone}`}
          role="status"
          data-testid="operations-retry-message"
          data-tone={message.tone}
          data-sequence={message.sequence}
        >
          {message.text}
        </p>
      )}
      {incidents.length === 0 ? (
        <Callout tone="neutral" title={t('operations.incidents.empty.title')} testId="operations-incidents-empty">
          <p>{t('operations.incidents.empty.hint')}</p>
        </Callout>
      ) : (
        <ul className="incident-list">
          {incidents.map((incident) => {
            const typeKey = `operations.incidents.type.${incident.type}`;
            const instanceLabel = incident.businessKey ?? incident.processInstanceId;
            return (
              <li
                key={incident.id}
                className="incident"
                data-testid="operations-incident"
                data-incident-id={incident.id}
                data-activity-id={incident.activityId}
                data-process-instance-id={incident.processInstanceId}
              >
                <div className="incident__header">
                  <StatusBadge tone="critical">{isMessageKey(typeKey) ? t(typeKey) : incident.type}</StatusBadge>
                  <h3 className="incident__title">{incident.activityName ?? incident.activityId}</h3>
                  <button
                    type="button"
                    className="button button--primary button--small incident__retry"
                    disabled={retrying !== null}
                    aria-busy={retrying === incident.id}
                    onClick={() => void retry(incident)}
                    data-testid="operations-retry"
                  >
                    {retrying === incident.id ? t('operations.incidents.retrying') : t('operations.incidents.retry')}
                  </button>
                </div>
                <p className="incident__message" data-testid="operations-incident-message">
                  {incident.message ?? <span className="muted">{t('operations.incidents.noMessage')}</span>}
                </p>
                <dl className="incident__facts">
                  <div>
                    <dt>{t('operations.incidents.instance')}</dt>
                    <dd>
                      {linkToInstance ? (
                        <Link href={`/operations/instances/${encodeURIComponent(incident.processInstanceId)}`} className="data-table__link" data-testid="operations-incident-instance">
                          {instanceLabel}
                        </Link>
                      ) : (
                        instanceLabel
                      )}
                      {incident.processKey !== null && <span className="muted"> · {incident.processKey}</span>}
                    </dd>
                  </div>
                  <div>
                    <dt>{t('operations.incidents.at')}</dt>
                    <dd>
                      <code>{incident.activityId}</code>
                    </dd>
                  </div>
                  <div>
                    <dt>{t('operations.incidents.since')}</dt>
                    <dd>
                      <time dateTime={incident.createdAt}>{incident.createdAtLabel}</time>
                    </dd>
                  </div>
                  <div>
                    <dt>{t('operations.incidents.retriesLeft')}</dt>
                    <dd data-testid="operations-incident-retries">{incident.retriesLeft ?? '—'}</dd>
                  </div>
                  {(incident.externalTaskId ?? incident.jobId) !== null && (
                    <div>
                      <dt>{t(incident.externalTaskId !== null ? 'operations.incidents.failedWork.externalTask' : 'operations.incidents.failedWork.job')}</dt>
                      <dd>
                        <code>{incident.externalTaskId ?? incident.jobId}</code>
                      </dd>
                    </div>
                  )}
                </dl>
                {incident.errorDetails !== null && (
                  <details className="incident__details">
                    <summary>{t('operations.incidents.details')}</summary>
                    <pre data-testid="operations-incident-details">{incident.errorDetails}</pre>
                  </details>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {total > incidents.length && <p className="muted">{t('operations.incidents.more', { shown: incidents.length, total })}</p>}
    </div>
  );
}
