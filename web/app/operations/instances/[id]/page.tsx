import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getRequestUser } from '../../../../features/authentication/api/get-request-user';
import { getIncidents } from '../../../../features/operations/api/get-incidents';
import { IncidentsPanel } from '../../../../features/operations/components/incidents-panel';
import { InstanceSummary } from '../../../../features/operations/components/instance-summary';
import { OperationsForbidden } from '../../../../features/operations/components/operations-forbidden';
import '../../../../features/operations/components/operations.css';
import { canOperate } from '../../../../features/operations/utils/can-operate';
import { describeApiFailure } from '../../../../features/operations/utils/describe-api-failure';
import { isEngineId } from '../../../../features/operations/utils/is-engine-id';
import { readApiBaseUrl } from '../../../../shared/api/read-api-base-url';
import { Callout } from '../../../../shared/components/callout';
import { getRequestTranslator } from '../../../../shared/i18n/get-request-locale';
import { getProcessContext } from '../../../../shared/process-diagram/get-process-context';
import { ProcessDiagramLoader } from '../../../../shared/process-diagram/process-diagram-loader';
import { isUnauthenticated } from '../../../../shared/session/is-unauthenticated';
import { readSessionToken } from '../../../../shared/session/read-session-token';
import { redirectToSignIn } from '../../../../shared/session/redirect-to-sign-in';

export const dynamic = 'force-dynamic';

const NOT_FOUND = 404;

interface InstancePageProps {
  readonly params: Promise<{ id: string }>;
}

export async function generateMetadata({ params }: InstancePageProps): Promise<Metadata> {
  const [{ id }, { t }] = await Promise.all([params, getRequestTranslator()]);
  return { title: `${id} · ${t('operations.title')}` };
}

export default async function OperationsInstancePage({ params }: InstancePageProps) {
  const { id } = await params;
  if (!isEngineId(id)) {
    notFound();
  }
  const thisPage = `/operations/instances/${id}`;
  const apiBaseUrl = readApiBaseUrl();
  const sessionToken = await readSessionToken();
  if (sessionToken === undefined) {
    redirectToSignIn(thisPage);
  }
  const [{ t, locale }, currentUser] = await Promise.all([getRequestTranslator(), getRequestUser()]);
  if (currentUser !== undefined && isUnauthenticated(currentUser)) {
    redirectToSignIn(thisPage);
  }
  if (currentUser?.outcome === 'ok' && !canOperate(currentUser.data.roles)) {
    return (
      <div className="page">
        <h1 className="page__title">{t('operations.title')}</h1>
        <OperationsForbidden />
      </div>
    );
  }

  const [context, incidents] = await Promise.all([getProcessContext(apiBaseUrl, sessionToken, id), getIncidents(apiBaseUrl, sessionToken, { processInstanceId: id })]);
  if (isUnauthenticated(context)) {
    redirectToSignIn(thisPage);
  }
  if (context.outcome !== 'ok') {
    const missing = context.outcome === 'problem' && context.status === NOT_FOUND;
    return (
      <div className="page">
        <h1 className="page__title">{t('operations.title')}</h1>
        <Callout
          tone="critical"
          title={t(missing ? 'operations.instance.notFound.title' : 'operations.instance.error.title')}
          testId={missing ? 'operations-instance-not-found' : 'operations-instance-error'}
        >
          <p>{describeApiFailure(context, t)}</p>
        </Callout>
      </div>
    );
  }
  const { data } = context;
  return (
    <div className="page" data-testid="operations-instance" data-instance-id={data.id}>
      <InstanceSummary context={data} />
      <IncidentsPanel incidents={incidents} linkToInstance={false} />
      <section className="panel" aria-labelledby="diagram-heading">
        <div className="panel__header">
          <h2 id="diagram-heading" className="panel__title">
            {t('operations.instance.diagram')}
          </h2>
        </div>
        <ProcessDiagramLoader
          locale={locale}
          bpmnXml={data.bpmnXml}
          activeActivityIds={data.activeActivityIds}
          incidentActivityIds={data.incidentActivityIds}
          incidents={data.incidents}
          history={data.history}
        />
      </section>
    </div>
  );
}
