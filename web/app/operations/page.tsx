import type { Metadata } from 'next';
import { getRequestUser } from '../../features/authentication/api/get-request-user';
import { getIncidents } from '../../features/operations/api/get-incidents';
import { getRunningInstances } from '../../features/operations/api/get-running-instances';
import { IncidentsPanel } from '../../features/operations/components/incidents-panel';
import { InstanceFilters } from '../../features/operations/components/instance-filters';
import { InstanceTable } from '../../features/operations/components/instance-table';
import { OperationsForbidden } from '../../features/operations/components/operations-forbidden';
import '../../features/operations/components/operations.css';
import { canOperate } from '../../features/operations/utils/can-operate';
import { readInstanceFilters } from '../../features/operations/utils/read-instance-filters';
import type { ApiResult } from '../../shared/api/api-client';
import { readApiBaseUrl } from '../../shared/api/read-api-base-url';
import { getRequestTranslator } from '../../shared/i18n/get-request-locale';
import { isUnauthenticated } from '../../shared/session/is-unauthenticated';
import { readSessionToken } from '../../shared/session/read-session-token';
import { redirectToSignIn } from '../../shared/session/redirect-to-sign-in';

export const dynamic = 'force-dynamic';

const THIS_PAGE = '/operations';
const FORBIDDEN = 403;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getRequestTranslator();
  return { title: t('operations.title') };
}

interface OperationsPageProps {
  readonly searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const isForbidden = (result: ApiResult<unknown>) => result.outcome === 'problem' && result.status === FORBIDDEN;

export default async function OperationsPage({ searchParams }: OperationsPageProps) {
  const apiBaseUrl = readApiBaseUrl();
  const sessionToken = await readSessionToken();
  if (sessionToken === undefined) {
    redirectToSignIn(THIS_PAGE);
  }
  const [{ t }, currentUser] = await Promise.all([getRequestTranslator(), getRequestUser()]);
  if (currentUser !== undefined && isUnauthenticated(currentUser)) {
    redirectToSignIn(THIS_PAGE);
  }
  const header = (
    <div className="page__header">
      <h1 className="page__title">{t('operations.title')}</h1>
      <p className="page__intro">{t('operations.intro')}</p>
    </div>
  );
  const roles = currentUser?.outcome === 'ok' ? currentUser.data.roles : [];
  if (currentUser?.outcome === 'ok' && !canOperate(roles)) {
    return (
      <div className="page">
        {header}
        <OperationsForbidden />
      </div>
    );
  }

  const filters = readInstanceFilters(await searchParams);
  const [instances, incidents] = await Promise.all([getRunningInstances(apiBaseUrl, sessionToken, filters), getIncidents(apiBaseUrl, sessionToken)]);
  if (isUnauthenticated(instances) || isUnauthenticated(incidents)) {
    redirectToSignIn(THIS_PAGE);
  }
  if (isForbidden(instances) || isForbidden(incidents)) {
    return (
      <div className="page">
        {header}
        <OperationsForbidden />
      </div>
    );
  }
  return (
    <div className="page" data-testid="operations">
      {header}
      <IncidentsPanel incidents={incidents} linkToInstance />
      <section className="panel" aria-labelledby="instances-heading">
        <div className="panel__header">
          <h2 id="instances-heading" className="panel__title">
            {t('operations.instances.heading')}
            {instances.outcome === 'ok' && <span className="panel__count">{instances.data.total}</span>}
          </h2>
        </div>
        <InstanceFilters filters={filters} />
        <InstanceTable instances={instances} filters={filters} />
      </section>
    </div>
  );
}
