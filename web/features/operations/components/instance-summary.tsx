import Link from 'next/link';
import { StatusBadge, type StatusTone } from '../../../shared/components/status-badge';
import { formatDateTime } from '../../../shared/format/format-date-time';
import { getRequestTranslator } from '../../../shared/i18n/get-request-locale';
import type { ProcessContext } from '../../../shared/process-diagram/process-context.shape';

const STATE_TONES: Readonly<Record<ProcessContext['state'], StatusTone>> = {
  ACTIVE: 'good',
  SUSPENDED: 'warning',
  COMPLETED: 'neutral',
  EXTERNALLY_TERMINATED: 'neutral',
  INTERNALLY_TERMINATED: 'neutral',
};

/** The instance page's heading: which lot, in which process, since when. */
export async function InstanceSummary({ context }: { readonly context: ProcessContext }) {
  const { t, locale } = await getRequestTranslator();
  return (
    <div className="page__header">
      <Link href="/operations" className="operations-back" data-testid="operations-back">
        ← {t('operations.instance.back')}
      </Link>
      <h1 className="page__title" data-testid="operations-instance-title">
        {t('operations.instance.title', { process: context.processName ?? context.processKey, businessKey: context.businessKey ?? t('operations.instances.noBusinessKey') })}
      </h1>
      <dl className="operations-facts">
        <div>
          <dt>{t('operations.instance.state')}</dt>
          <dd data-testid="operations-instance-state" data-state={context.state}>
            <StatusBadge tone={STATE_TONES[context.state]}>{t(`operations.instance.state.${context.state}`)}</StatusBadge>
          </dd>
        </div>
        <div>
          <dt>{t('operations.instance.process')}</dt>
          <dd>
            <code>{context.processKey}</code> · {t('operations.instances.version', { version: context.processVersion })}
          </dd>
        </div>
        <div>
          <dt>{t('operations.instance.started')}</dt>
          <dd>
            <time dateTime={context.startedAt}>{formatDateTime(context.startedAt, locale)}</time>
          </dd>
        </div>
        {context.endedAt !== null && (
          <div>
            <dt>{t('operations.instance.ended')}</dt>
            <dd>
              <time dateTime={context.endedAt}>{formatDateTime(context.endedAt, locale)}</time>
            </dd>
          </div>
        )}
        <div>
          <dt>{t('operations.instance.id')}</dt>
          <dd>
            <code>{context.id}</code>
          </dd>
        </div>
      </dl>
    </div>
  );
}
