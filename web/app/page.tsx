import type { Metadata } from 'next';
import { getRequestUser } from '../features/authentication/api/get-request-user';
import { getProcesses } from '../features/processes/api/get-processes';
import { ProcessOverview } from '../features/processes/components/process-overview';
import { getHealth } from '../features/stack-status/api/get-health';
import { StackHealthPanel } from '../features/stack-status/components/stack-health-panel';
import { readApiBaseUrl } from '../shared/api/read-api-base-url';
import { getRequestTranslator } from '../shared/i18n/get-request-locale';
import { isUnauthenticated } from '../shared/session/is-unauthenticated';
import { readSessionToken } from '../shared/session/read-session-token';
import { redirectToSignIn } from '../shared/session/redirect-to-sign-in';

// The page is a live view of the stack: never prerender it, render it for every request.
export const dynamic = 'force-dynamic';

const THIS_PAGE = '/';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getRequestTranslator();
  // The layout's title template only reaches child segments, and this page shares the root segment.
  return { title: { absolute: `${t('stackStatus.title')} · Lotflow` } };
}

export default async function StackStatusPage() {
  const apiBaseUrl = readApiBaseUrl();
  const sessionToken = await readSessionToken();
  if (sessionToken === undefined) {
    redirectToSignIn(THIS_PAGE);
  }
  const [{ t }, currentUser, health, processes] = await Promise.all([
    getRequestTranslator(),
    getRequestUser(),
    getHealth(apiBaseUrl),
    getProcesses(apiBaseUrl, sessionToken),
  ]);
  // An api that cannot be reached cannot vouch for the session either; the page then says the api is down.
  if ((currentUser !== undefined && isUnauthenticated(currentUser)) || isUnauthenticated(processes)) {
    redirectToSignIn(THIS_PAGE);
  }
  return (
    <div className="page">
      <div className="page__header">
        <h1 className="page__title">{t('stackStatus.title')}</h1>
        <p className="page__intro">{t('stackStatus.intro')}</p>
      </div>
      <StackHealthPanel result={health} apiBaseUrl={apiBaseUrl} />
      <ProcessOverview result={processes} apiBaseUrl={apiBaseUrl} />
    </div>
  );
}
